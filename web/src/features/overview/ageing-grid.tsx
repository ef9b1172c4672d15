// Where work piles up: units (rows) × review levels and the Council (columns), the number waiting in each cell and, in
// words, how many of them are overdue. The grid scrolls inside its own box on a narrow screen.
import { useTranslation } from 'react-i18next';
import { REVIEW_LEVELS, oversightLinks, type AgeingRow } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { FigureLink } from './figure-link';
import { TableExportLinks } from './table-export-links';

export function AgeingGrid({ rows, fiscalYear }: { rows: AgeingRow[]; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="ageing-title">
      <h2 id="ageing-title">{t('overview.ageingTitle')}</h2>
      <p className="small muted">{t('overview.ageingIntro')}</p>
      <TableExportLinks table="ageing" fiscalYear={fiscalYear} />
      {rows.length === 0 ? (
        <p className="muted">{t('overview.nothingWaiting')}</p>
      ) : (
        <div className="grid-scroll" tabIndex={0} role="region" aria-labelledby="ageing-title">
          <table className="grid-table" data-testid="overview-ageing">
            <caption className="visually-hidden">{t('overview.ageingTitle')}</caption>
            <thead>
              <tr>
                <th scope="col" className="grid-unit">
                  {t('overview.unit')}
                </th>
                {REVIEW_LEVELS.map((level) => (
                  <th key={level} scope="col" className="num">
                    {t('overview.levelShort', { level })}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('overview.councilShort')}
                </th>
                <th scope="col" className="num">
                  {t('overview.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const unit = row.unitName[lang];
                return (
                  <tr key={row.unitCode} data-testid={`ageing-row-${row.unitCode}`}>
                    <th scope="row" className="grid-unit">
                      {unit}
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.level}
                        className={cell.overdue > 0 ? 'num grid-cell-overdue' : 'num'}
                        data-testid={`ageing-${row.unitCode}-${cell.level}`}
                      >
                        <FigureLink
                          value={cell.waiting}
                          query={oversightLinks.waitingAt(cell.level, row.unitCode)}
                          label={t('overview.cellLabel', { unit, level: cell.level, n: cell.waiting })}
                        />
                        {cell.overdue > 0 ? (
                          <FigureLink
                            value={cell.overdue}
                            query={oversightLinks.overdueAt(cell.level, row.unitCode)}
                            className="grid-overdue days-overdue"
                            label={t('overview.cellOverdueLabel', { unit, level: cell.level, n: cell.overdue })}
                          >
                            {t('overview.overdueCount', { n: cell.overdue })}
                          </FigureLink>
                        ) : null}
                      </td>
                    ))}
                    <td className="num">
                      <FigureLink
                        value={row.awaitingCouncil}
                        query={oversightLinks.awaitingCouncil(row.unitCode)}
                        label={t('overview.councilCellLabel', { unit, n: row.awaitingCouncil })}
                      />
                    </td>
                    <td className="num">
                      <strong>{row.total}</strong>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
