// The one place notifications are written, so every way of being told (the bell, and later email) starts from here.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { NotificationKind, RequestEventType, RequestStatus } from '@bmrts/shared';
import type { AppDeps } from '../deps';

export interface NewNotification {
  userId: string;
  requestId: string;
  kind: NotificationKind;
  eventType: RequestEventType;
  fromLevel: number;
  toLevel: number;
  toStatus: RequestStatus;
  at: string;
}

/** Inserts the notifications inside the caller's transaction, so they stand or fall with what caused them. */
export async function insertNotifications(trx: Kysely<Database>, deps: Pick<AppDeps, 'ids'>, notifications: readonly NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      notifications.map((n) => ({
        id: deps.ids.newId(),
        user_id: n.userId,
        request_id: n.requestId,
        kind: n.kind,
        event_type: n.eventType,
        from_level: n.fromLevel,
        to_level: n.toLevel,
        to_status: n.toStatus,
        created_at: n.at,
        read_at: null,
      })),
    )
    .execute();
}
