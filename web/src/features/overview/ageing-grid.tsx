// Where work piles up: units (rows) × review levels and the Council (columns) as a heat map: each cell shaded by how many
// wait in it (darker is more, with the number always written in it) and, in words, how many of them are overdue. A real
// table; on a phone each unit becomes a block of labelled tiles (overview.css), so nothing scrolls sideways.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_LEVELS, oversightLinks, type AgeingRow } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { FigureLink } from './figure-link';
import { TableExportLinks } from './table-export-links';

/** The units shown before "show all": the ones where most waits, which is what the map is for. */
const FIRST_UNITS = 10;

/** Five shades: none, then quarters of the largest cell. */
export function heatStep(count: number, largest: number): number {
  return count === 0 || largest === 0 ? 0 : Math.min(4, Math.ceil((4 * count) / largest));
}

export function AgeingGrid({ rows, fiscalYear }: { rows: AgeingRow[]; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FIRST_UNITS);
  const largest = Math.max(0, ...rows.flatMap((r) => [...r.cells.map((c) => c.waiting), r.awaitingCouncil]));
  return (
    <section className="card" aria-labelledby="ageing-title">
      <h2 id="ageing-title">{t('overview.ageingTitle')}</h2>
      <p className="small muted">{t('overview.ageingIntro')}</p>
      <p className="dash-heat-legend small" aria-hidden="true">
        {t('dashboard.heatLegend')}: <span>{t('dashboard.heatFew')}</span>
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={`dash-heat-swatch dash-heat-${step}`} />
        ))}
        <span>{t('dashboard.heatMany')}</span>
      </p>
      <TableExportLinks table="ageing" fiscalYear={fiscalYear} />
      {rows.length === 0 ? (
        <p className="muted">{t('overview.nothingWaiting')}</p>
      ) : (
        <div className="dash-heat-wrap">
          <table className="grid-table dash-heat" data-testid="overview-ageing">
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
              {shown.map((row) => {
                const unit = row.unitName[lang];
                return (
                  <tr key={row.unitCode} data-testid={`ageing-row-${row.unitCode}`}>
                    <th scope="row" className="grid-unit">
                      {unit}
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.level}
                        className={`num dash-heat-${heatStep(cell.waiting, largest)}${cell.overdue > 0 ? ' grid-cell-overdue' : ''}`}
                        data-label={t('overview.levelShort', { level: cell.level })}
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
                    <td
                      className={`num dash-heat-${heatStep(row.awaitingCouncil, largest)}`}
                      data-label={t('overview.councilShort')}
                      data-testid={`ageing-${row.unitCode}-council`}
                    >
                      <FigureLink
                        value={row.awaitingCouncil}
                        query={oversightLinks.awaitingCouncil(row.unitCode)}
                        label={t('overview.councilCellLabel', { unit, n: row.awaitingCouncil })}
                      />
                    </td>
                    <td className="num dash-heat-total" data-label={t('overview.total')}>
                      <strong>{row.total}</strong>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length > FIRST_UNITS ? (
            <button type="button" className="button" aria-expanded={all} onClick={() => setAll(!all)} data-testid="ageing-show-all">
              {all ? t('dashboard.showFirst', { n: FIRST_UNITS }) : t('dashboard.showAll', { n: rows.length })}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
