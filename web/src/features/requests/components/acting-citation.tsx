// Who an acting decision was taken for, and under which order: "ปฏิบัติราชการแทน <name> ตามคำสั่ง… ลงวันที่ …".
import { useTranslation } from 'react-i18next';
import { formatThaiCalendarDate, type HistoryEntry } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';

/** The phrase as text, or null when the actor decided in their own right. */
export function useActingCitation(): (entry: HistoryEntry) => string | null {
  const { t } = useTranslation();
  const lang = useLang();
  return (entry) => {
    if (!entry.onBehalfOf && !entry.appointment) return null;
    const kind = entry.appointment?.kind ?? 'acting';
    const whom = entry.onBehalfOf
      ? t(kind === 'on_behalf' ? 'timeline.onBehalfFor' : 'timeline.actingFor', { name: entry.onBehalfOf.displayName })
      : t(kind === 'on_behalf' ? 'timeline.onBehalfAtLevel' : 'timeline.actingAtLevel', { level: entry.fromLevel });
    const order = entry.appointment;
    // Appointments made before orders were recorded have none to cite.
    if (!order || order.orderNo === null || order.orderDate === null) return whom;
    return `${whom} ${t('timeline.underOrder', { order: order.orderNo, date: formatThaiCalendarDate(order.orderDate, lang) })}`;
  };
}
