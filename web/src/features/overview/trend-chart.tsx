// Time to a final decision (bars, working days) and the on-time rate (line, %) per month of the fiscal year, drawn by
// the app's own small SVG chart and loaded only with the dashboard. The table beside it carries the same figures for
// keyboards and screen readers.
import { useTranslation } from 'react-i18next';
import { formatThaiMonth, type TrendMonth } from '@bmrts/shared';
import { BarLineChart } from '../../lib/charts/bar-line-chart';
import { useLang } from '../../lib/use-lang';

/** Each at least 3:1 against white. */
const DAYS_COLOUR = '#1f4e8c';
const ON_TIME_COLOUR = '#b86e00';

export default function TrendChart({ trend }: { trend: TrendMonth[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <BarLineChart
      categories={trend.map((m) => formatThaiMonth(m.month, lang, 'short'))}
      bars={[{ key: 'days', name: t('dashboard.trendDays'), colour: DAYS_COLOUR, values: trend.map((m) => m.medianDaysToDecision) }]}
      line={{ key: 'onTime', name: t('dashboard.trendOnTime'), colour: ON_TIME_COLOUR, values: trend.map((m) => m.onTimePercent) }}
    />
  );
}
