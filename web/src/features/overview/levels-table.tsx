// Per review level: how many wait now, how long half of them and 9 in 10 of them have waited at most (working days), the target and how many are
// past it; then the requests awaiting the BMA Council (no Office target). Every count opens its list.
import { useTranslation } from 'react-i18next';
import { COUNCIL_TITLE, LEVEL_TITLES, REQUEST_TYPES, isLevel, oversightLinks, type OverviewResponse } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { Definition } from './definition';
import { FigureLink } from './figure-link';
import { TableExportLinks } from './table-export-links';

function targetText(targets: OverviewResponse['levels'][number]['targetDays'], none: string): string {
  const values = REQUEST_TYPES.map((type) => targets[type]).filter((v): v is number => v !== null);
  if (values.length === 0) return none;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}

export function LevelsTable({ levels, council, fiscalYear }: Pick<OverviewResponse, 'levels' | 'council' | 'fiscalYear'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = t('overview.none');
  const day = (value: number | null) => (value === null ? none : value);
  return (
    <details className="card dash-fold" data-testid="fold-levels">
      <summary>
        <h2 id="levels-title">{t('overview.levelsTitle')}</h2>
      </summary>
      <section aria-labelledby="levels-title">
        <TableExportLinks table="levels" fiscalYear={fiscalYear} />
        <div className="table-wrap">
          <table className="data-table levels-table" data-testid="overview-levels">
            <caption className="visually-hidden">{t('overview.levelsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.level')}</th>
                <th scope="col" className="num">
                  {t('overview.waiting')}
                </th>
                <th scope="col" className="num">
                  {t('overview.median')}
                </th>
                <th scope="col" className="num">
                  {t('overview.p90')}
                </th>
                <th scope="col" className="num">
                  {t('overview.target')}
                </th>
                <th scope="col" className="num">
                  {t('overview.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={l.level} className={l.overdue > 0 ? 'row-overdue' : undefined} data-testid={`level-row-${l.level}`}>
                  <th scope="row">
                    {t('stepper.level', { level: l.level })}
                    <span className="small muted level-title">{isLevel(l.level) ? LEVEL_TITLES[l.level][lang] : ''}</span>
                  </th>
                  <td className="num" data-label={t('overview.waiting')}>
                    <FigureLink
                      value={l.waiting}
                      query={oversightLinks.waitingAt(l.level)}
                      label={t('overview.waitingAtLabel', { level: l.level, n: l.waiting })}
                      testId={`level-waiting-${l.level}`}
                    />
                  </td>
                  <td className="num" data-label={t('overview.median')}>
                    {day(l.medianWorkingDays)}
                  </td>
                  <td className="num" data-label={t('overview.p90')}>
                    {day(l.p90WorkingDays)}
                  </td>
                  <td className="num" data-label={t('overview.target')}>
                    {targetText(l.targetDays, none)}
                  </td>
                  <td className="num" data-label={t('overview.overdue')}>
                    <FigureLink
                      value={l.overdue}
                      query={oversightLinks.overdueAt(l.level)}
                      className={l.overdue > 0 ? 'days-overdue' : undefined}
                      label={t('overview.overdueAtLabel', { level: l.level, n: l.overdue })}
                      testId={`level-overdue-${l.level}`}
                    >
                      {l.overdue > 0 ? t('overview.overdueCount', { n: l.overdue }) : 0}
                    </FigureLink>
                  </td>
                </tr>
              ))}
              <tr data-testid="level-row-council">
                <th scope="row">
                  {COUNCIL_TITLE[lang]}
                  <span className="small muted level-title">{t('overview.councilNote')}</span>
                </th>
                <td className="num" data-label={t('overview.waiting')}>
                  <FigureLink
                    value={council.waiting}
                    query={oversightLinks.awaitingCouncil()}
                    label={t('overview.councilLabel', { n: council.waiting })}
                    testId="level-waiting-council"
                  />
                </td>
                <td className="num" data-label={t('overview.median')}>
                  {day(council.medianWorkingDays)}
                </td>
                <td className="num" data-label={t('overview.p90')}>
                  {day(council.p90WorkingDays)}
                </td>
                <td className="num" data-label={t('overview.target')}>
                  {none}
                </td>
                <td className="num" data-label={t('overview.overdue')}>
                  {none}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <Definition figure={t('overview.levelsTitle')} text={t('dashboard.waitsNote')} />
      </section>
    </details>
  );
}
