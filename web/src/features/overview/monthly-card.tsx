// Monthly volumes over the fiscal year by type: the chart (lazy, so its drawing code loads only on this page) and its table.
import { Suspense, lazy } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REQUEST_TYPES, REQUEST_TYPE_NAMES, formatThaiMonth, oversightLinks, type MonthlyVolume } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { FigureLink } from './figure-link';
import { listHref } from './links';
import { TableExportLinks } from './table-export-links';

const MonthlyChart = lazy(() => import('./monthly-chart'));

export function MonthlyCard({ monthly, fiscalYear }: { monthly: MonthlyVolume[]; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const totals = Object.fromEntries(REQUEST_TYPES.map((type) => [type, monthly.reduce((sum, m) => sum + m.counts[type], 0)]));
  return (
    <details className="card dash-fold" data-testid="fold-monthly">
      <summary>
        <h2 id="monthly-title">{t('overview.monthlyTitle', { year: fiscalYear })}</h2>
      </summary>
      <section aria-labelledby="monthly-title" data-testid="overview-monthly">
        <TableExportLinks table="monthly" fiscalYear={fiscalYear} />
        <figure className="chart-figure" aria-labelledby="monthly-title" aria-describedby="monthly-alt">
          <div className="chart-box" aria-hidden="true" data-testid="monthly-chart">
            <Suspense fallback={<p className="muted">{t('overview.chartLoading')}</p>}>
              <MonthlyChart
                monthly={monthly}
                onOpen={(month, type) => void navigate(listHref(oversightLinks.submittedInMonth(month, type)))}
              />
            </Suspense>
          </div>
        </figure>
        <details className="chart-alt">
          <summary id="monthly-alt">{t('overview.monthlyTable')}</summary>
          <div className="table-wrap">
            <table className="data-table" data-testid="monthly-table">
              <caption className="visually-hidden">{t('overview.monthlyTitle', { year: fiscalYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.month')}</th>
                  {REQUEST_TYPES.map((type) => (
                    <th key={type} scope="col" className="num">
                      {REQUEST_TYPE_NAMES[type][lang]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('overview.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {monthly.map((m) => {
                  const month = formatThaiMonth(m.month, lang);
                  return (
                    <tr key={m.month}>
                      <th scope="row">{month}</th>
                      {REQUEST_TYPES.map((type) => (
                        <td key={type} className="num" data-label={REQUEST_TYPE_NAMES[type][lang]}>
                          <FigureLink
                            value={m.counts[type]}
                            query={oversightLinks.submittedInMonth(m.month, type)}
                            label={t('overview.monthLabel', { month, type: REQUEST_TYPE_NAMES[type][lang], n: m.counts[type] })}
                          />
                        </td>
                      ))}
                      <td className="num" data-label={t('overview.total')}>
                        <FigureLink
                          value={m.total}
                          query={oversightLinks.submittedInMonth(m.month)}
                          label={t('overview.monthTotalLabel', { month, n: m.total })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('overview.yearTotal')}</th>
                  {REQUEST_TYPES.map((type) => (
                    <td key={type} className="num" data-label={REQUEST_TYPE_NAMES[type][lang]}>
                      <FigureLink
                        value={totals[type] ?? 0}
                        query={oversightLinks.submittedInYear(fiscalYear, type)}
                        label={t('overview.yearTypeLabel', { type: REQUEST_TYPE_NAMES[type][lang], n: totals[type] ?? 0 })}
                      />
                    </td>
                  ))}
                  <td className="num" data-label={t('overview.total')}>
                    <FigureLink
                      value={monthly.reduce((s, m) => s + m.total, 0)}
                      query={oversightLinks.submittedInYear(fiscalYear)}
                      label={t('overview.yearTotalLabel', { n: monthly.reduce((s, m) => s + m.total, 0) })}
                    />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      </section>
    </details>
  );
}
