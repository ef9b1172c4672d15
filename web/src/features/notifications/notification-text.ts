// One notification in words: what happened to the request, in the reader's language; a return or a send-back names
// who did it and quotes their reason (the server's shortened comment).
import type { TFunction } from 'i18next';
import { LEVEL_TITLES, isLevel } from '@bmrts/shared';
import type { Lang, Notification } from '@bmrts/shared';

/** "นางสาวสมหญิง ใจดี เจ้าหน้าที่วิเคราะห์งบประมาณ ส่งคืนคำขอเพื่อแก้ไข: “…”", or null when the notice carries no reason. */
function sentBackWithReason(t: TFunction, n: Notification, lang: Lang, key: 'returned' | 'sentBack'): string | null {
  if (!n.by || !n.reason) return null;
  const acting = n.by.onBehalfOf ? ` ${t('noticeWithReason.onBehalfOf', { name: n.by.onBehalfOf })}` : '';
  const title = isLevel(n.fromLevel) ? LEVEL_TITLES[n.fromLevel][lang] : '';
  return t(`noticeWithReason.${key}`, { name: `${n.by.displayName}${acting}`, title, reason: n.reason });
}

export function notificationText(t: TFunction, n: Notification, lang: Lang = 'th'): string {
  switch (n.kind) {
    case 'arrived':
      return (n.eventType === 'SEND_BACK' ? sentBackWithReason(t, n, lang, 'sentBack') : null) ?? t('notifications.arrived');
    case 'moved':
      return t('notifications.moved', { trackingNo: n.request.trackingNo, level: n.fromLevel });
    case 'returned':
      return sentBackWithReason(t, n, lang, 'returned') ?? t('notifications.returned');
    case 'reminder':
      return t('notifications.reminder', { level: n.toLevel });
    case 'escalation':
      return t('notifications.escalation', { level: n.toLevel });
    case 'late':
      return t('notifications.late', { level: n.toLevel });
    case 'withdrawn':
      return t('notifications.withdrawnWaiting');
    case 'decided':
      switch (n.toStatus) {
        case 'approved':
          return t('notifications.approved');
        case 'rejected':
          return t('notifications.rejected');
        case 'awaiting_council':
          return t('notifications.council');
        case 'withdrawn':
          return t('notifications.withdrawn');
        default:
          return t('notifications.decided');
      }
  }
}
