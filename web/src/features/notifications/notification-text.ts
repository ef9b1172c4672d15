// One notification in words: what happened to the request, in the reader's language.
import type { TFunction } from 'i18next';
import type { Notification } from '@bmrts/shared';

export function notificationText(t: TFunction, n: Notification): string {
  switch (n.kind) {
    case 'arrived':
      return t('notifications.arrived');
    case 'moved':
      return t('notifications.moved', { trackingNo: n.request.trackingNo, level: n.fromLevel });
    case 'returned':
      return t('notifications.returned');
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
