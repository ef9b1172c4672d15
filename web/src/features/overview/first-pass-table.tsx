// First-pass yield per unit: of the requests approved in the fiscal year, the share never returned to the unit for
// revision (a send-back between levels is not a return), with n; the lowest first.
import { useTranslation } from 'react-i18next';
import { oversightLinks, type FirstPassRow } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { FigureLink } from './figure-link';
import { TableExportLinks } from './table-export-links';

export function FirstPassTable({ rows, fiscalYear }: { rows: FirstPassRow[]; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="card dash-fold" data-testid="fold-first-pass">
      <summary>
        <h2 id="first-pass-title">{t('overview.firstPassTitle', { year: fiscalYear })}</h2>
      </summary>
      <section aria-labelledby="first-pass-title">
        <p className="small muted">{t('overview.firstPassIntro')}</p>
        <TableExportLinks table="firstPass" fiscalYear={fiscalYear} />
        {rows.length === 0 ? (
          <p className="muted">{t('overview.noApprovals')}</p>
        ) : (
          <div className="table-wrap first-pass-wrap">
            <table className="data-table" data-testid="overview-first-pass">
              <caption className="visually-hidden">{t('overview.firstPassTitle', { year: fiscalYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.unit')}</th>
                  <th scope="col" className="num">
                    {t('overview.firstPassPercent')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.firstPassCount')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.approved')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const unit = row.unitName[lang];
                  return (
                    <tr key={row.unitCode} data-testid={`first-pass-${row.unitCode}`}>
                      <td data-label={t('overview.unit')}>{unit}</td>
                      <td className="num" data-label={t('overview.firstPassPercent')}>
                        <strong>{row.percent.toFixed(1)}</strong>
                      </td>
                      <td className="num" data-label={t('overview.firstPassCount')}>
                        <FigureLink
                          value={row.firstPass}
                          query={oversightLinks.approvedFirstPassIn(fiscalYear, row.unitCode)}
                          label={t('overview.firstPassLabel', { unit, n: row.firstPass })}
                        />
                      </td>
                      <td className="num" data-label={t('overview.approved')}>
                        <FigureLink
                          value={row.approved}
                          query={oversightLinks.approvedIn(fiscalYear, row.unitCode)}
                          label={t('overview.approvedLabel', { unit, n: row.approved })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </details>
  );
}
