// Requests first submitted per month, stacked by type (recharts, loaded only with the dashboard). A click on a bar opens
// that month's list of that type; the table beside it carries the same figures and links for keyboards and screen readers.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REQUEST_TYPES, REQUEST_TYPE_NAMES, formatThaiMonth, type MonthlyVolume, type RequestType } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

/** One colour per type, each at least 3:1 against white. */
export const TYPE_COLOURS: Record<RequestType, string> = { allotment: '#1f4e8c', transfer: '#b86e00', central_fund: '#1e7a4c' };

interface Props {
  monthly: MonthlyVolume[];
  onOpen: (month: string, type: RequestType) => void;
}

export default function MonthlyChart({ monthly, onOpen }: Props) {
  const lang = useLang();
  const data = monthly.map((m) => ({ month: m.month, label: formatThaiMonth(m.month, lang, 'short'), ...m.counts }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Legend />
        {REQUEST_TYPES.map((type) => (
          <Bar
            key={type}
            dataKey={type}
            name={REQUEST_TYPE_NAMES[type][lang]}
            stackId="types"
            fill={TYPE_COLOURS[type]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(item) => {
              const month = (item.payload as { month?: unknown } | undefined)?.month;
              if (typeof month === 'string') onOpen(month, type);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
