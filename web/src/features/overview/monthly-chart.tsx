// Requests first submitted per month, stacked by type (the app's own SVG chart, loaded only with the dashboard). A click
// on a bar opens that month's list of that type; the table beside it carries the same figures and links for keyboards
// and screen readers.
import { REQUEST_TYPES, REQUEST_TYPE_NAMES, formatThaiMonth, type MonthlyVolume, type RequestType } from '@bmrts/shared';
import { BarLineChart } from '../../lib/charts/bar-line-chart';
import { useLang } from '../../lib/use-lang';

/** One colour per type, each at least 3:1 against white. */
export const TYPE_COLOURS: Record<RequestType, string> = { allotment: '#1f4e8c', transfer: '#b86e00', central_fund: '#1e7a4c' };

interface Props {
  monthly: MonthlyVolume[];
  onOpen: (month: string, type: RequestType) => void;
}

export default function MonthlyChart({ monthly, onOpen }: Props) {
  const lang = useLang();
  return (
    <BarLineChart
      categories={monthly.map((m) => formatThaiMonth(m.month, lang, 'short'))}
      bars={REQUEST_TYPES.map((type) => ({
        key: type,
        name: REQUEST_TYPE_NAMES[type][lang],
        colour: TYPE_COLOURS[type],
        values: monthly.map((m) => m.counts[type]),
      }))}
      onBarClick={(index, key) => {
        const month = monthly[index]?.month;
        const type = REQUEST_TYPES.find((t) => t === key);
        if (month && type) onOpen(month, type);
      }}
    />
  );
}
