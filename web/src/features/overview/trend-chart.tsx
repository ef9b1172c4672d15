// Time to a final decision (bars, working days) and the on-time rate (line, %) per month of the fiscal year: recharts,
// loaded only with the dashboard. The table beside it carries the same figures for keyboards and screen readers.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatThaiMonth, type TrendMonth } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

/** Each at least 3:1 against white. */
const DAYS_COLOUR = '#1f4e8c';
const ON_TIME_COLOUR = '#b86e00';

export default function TrendChart({ trend }: { trend: TrendMonth[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = trend.map((m) => ({
    label: formatThaiMonth(m.month, lang, 'short'),
    days: m.medianDaysToDecision,
    onTime: m.onTimePercent,
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis yAxisId="days" allowDecimals={false} width={32} tick={{ fontSize: 11 }} />
        <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} width={36} tick={{ fontSize: 11 }} unit="%" />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="days" dataKey="days" name={t('dashboard.trendDays')} fill={DAYS_COLOUR} isAnimationActive={false} />
        <Line
          yAxisId="pct"
          dataKey="onTime"
          name={t('dashboard.trendOnTime')}
          stroke={ON_TIME_COLOUR}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
