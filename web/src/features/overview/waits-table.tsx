// Levels 2–8: how many wait, the average and longest wait against the target, with a bar drawn to one scale.
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, isLevel } from '@bmrts/shared';
import type { OverviewResponse } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

function percent(value: number, scale: number): string {
  return `${Math.min(100, (value / scale) * 100).toFixed(1)}%`;
}

export function WaitsTable({ waits, inReviewByLevel }: { waits: OverviewResponse['waits']; inReviewByLevel: OverviewResponse['inReviewByLevel'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const scale = Math.max(1, ...waits.map((w) => Math.max(w.longestWorkingDays ?? 0, w.targetDays))) * 1.1;
  const dash = t('overview.none');
  return (
    <section className="card" aria-labelledby="waits-title">
      <h2 id="waits-title">{t('overview.waits')}</h2>
      <div className="table-wrap">
        <table className="data-table waits-table" aria-labelledby="waits-title" data-testid="overview-waits">
          <thead>
            <tr>
              <th scope="col">{t('overview.level')}</th>
              <th scope="col" className="num">{t('overview.count')}</th>
              <th scope="col" className="num">{t('overview.average')}</th>
              <th scope="col" className="num">{t('overview.longest')}</th>
              <th scope="col" className="num">{t('overview.target')}</th>
              <th scope="col" className="bar-col"><span className="visually-hidden">{t('overview.waits')}</span></th>
            </tr>
          </thead>
          <tbody>
            {waits.map((w) => {
              const over = (w.longestWorkingDays ?? 0) > w.targetDays;
              const inReview = inReviewByLevel.find((l) => l.level === w.level)?.count ?? w.waiting;
              return (
                <tr key={w.level} className={over ? 'wait-over' : undefined} data-testid={`wait-level-${w.level}`}>
                  <th scope="row">
                    {t('stepper.level', { level: w.level })}
                    <span className="small muted wait-title">{isLevel(w.level) ? LEVEL_TITLES[w.level][lang] : ''}</span>
                  </th>
                  <td className="num" data-label={t('overview.count')}>{inReview}</td>
                  <td className="num" data-label={t('overview.average')}>{w.averageWorkingDays ?? dash}</td>
                  <td className={over ? 'num days-overdue' : 'num'} data-label={t('overview.longest')}>{w.longestWorkingDays ?? dash}</td>
                  <td className="num" data-label={t('overview.target')}>{w.targetDays}</td>
                  <td className="bar-col" aria-hidden="true">
                    <span className="wait-bar">
                      <span className={over ? 'wait-bar-longest wait-bar-over' : 'wait-bar-longest'} style={{ width: percent(w.longestWorkingDays ?? 0, scale) }} />
                      <span className="wait-bar-average" style={{ width: percent(w.averageWorkingDays ?? 0, scale) }} />
                      <span className="wait-bar-target" style={{ left: percent(w.targetDays, scale) }} />
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
