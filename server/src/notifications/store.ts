// The one place notifications are written, so every way of being told (the bell, and email) starts from here.
import type { Kysely } from 'kysely';
import { insertNotificationRows, type Database } from '@bmrts/db';
import type { NotificationKind, RequestEventType, RequestStatus } from '@bmrts/shared';
import type { AppConfig, AppDeps } from '../deps';
import { enqueueEmails } from '../outbox/enqueue';

export interface NewNotification {
  userId: string;
  requestId: string;
  kind: NotificationKind;
  eventType: RequestEventType;
  fromLevel: number;
  toLevel: number;
  toStatus: RequestStatus;
  at: string;
  /** The seq of the history event it tells of (who acted, their comment); absent for the scheduler's notices. */
  eventSeq?: number;
}

/** What insertNotifications needs: ids, and the configuration that says whether email is sent (unset: in-app only). */
export type NotificationDeps = Pick<AppDeps, 'ids'> & { config?: Pick<AppConfig, 'email'> | undefined };

/**
 * Inserts the notifications inside the caller's transaction, so they stand or fall with what caused them; with email
 * configured, also their emails' outbox rows (one more INSERT, for recipients with an address who did not opt out).
 */
export async function insertNotifications(
  trx: Kysely<Database>,
  deps: NotificationDeps,
  notifications: readonly NewNotification[],
): Promise<void> {
  const rows = notifications.map((n) => ({
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
    event_seq: n.eventSeq ?? null,
  }));
  const [first] = rows;
  if (!first) return;
  await insertNotificationRows(trx, rows);
  if (deps.config?.email)
    await enqueueEmails(
      trx,
      rows.map((r) => r.id),
      first.created_at,
    );
}
