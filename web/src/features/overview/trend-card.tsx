// The month trend of the fiscal year: the chart (lazy) and, one tap away, its figures as a table.
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiMonth, type TrendMonth } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { Definition } from './definition';

const TrendChart = lazy(() => import('./trend-chart'));

export function TrendCard({ trend, fiscalYear }: { trend: TrendMonth[]; fiscalYear: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = t('overview.none');
  const title = t('dashboard.trendTitle', { year: fiscalYear });
  return (
    <section className="card" aria-labelledby="trend-title" data-testid="dash-trend">
      <h2 id="trend-title">{title}</h2>
      <figure className="chart-figure" aria-labelledby="trend-title" aria-describedby="trend-alt">
        <div className="chart-box" aria-hidden="true" data-testid="trend-chart">
          <Suspense fallback={<p className="muted">{t('overview.chartLoading')}</p>}>
            <TrendChart trend={trend} />
          </Suspense>
        </div>
      </figure>
      <Definition figure={title} text={`${t('dashboard.definitions.medianDaysToDecision')} ${t('dashboard.definitions.onTimePercent')}`} />
      <details className="chart-alt">
        <summary id="trend-alt">{t('dashboard.trendTable')}</summary>
        <div className="table-wrap">
          <table className="data-table" data-testid="trend-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.month')}</th>
                <th scope="col" className="num">
                  {t('dashboard.trendDays')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.trendDecisions')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.trendOnTime')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.trendVisits')}
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatThaiMonth(m.month, lang)}</th>
                  <td className="num" data-label={t('dashboard.trendDays')}>
                    {m.medianDaysToDecision ?? none}
                  </td>
                  <td className="num" data-label={t('dashboard.trendDecisions')}>
                    {m.decisions}
                  </td>
                  <td className="num" data-label={t('dashboard.trendOnTime')}>
                    {m.onTimePercent === null ? none : m.onTimePercent.toFixed(1)}
                  </td>
                  <td className="num" data-label={t('dashboard.trendVisits')}>
                    {m.visits}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
