// Reads and marks the caller's notifications: newest first, keyset-paginated on (created_at, id).
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { MarkNotificationsReadBody, Notification, NotificationListQuery } from '@bmrts/shared';
import type { Scope } from '../deps';
import { decodeCursor, encodeCursor } from '../requests/queries';
import { factsFor, noticeEventFacts } from './event-facts';

/**
 * The caller's notifications about requests still in their scope (served by notifications_user: user_id, created_at, id).
 * A request that has left the caller's scope, say after a portfolio change, is not shown even in a notice.
 */
function ownNotifications(db: Kysely<Database>, userId: string, scope: Scope) {
  let q = db
    .selectFrom('notifications')
    .innerJoin('requests', 'requests.id', 'notifications.request_id')
    .where('notifications.user_id', '=', userId);
  if (!scope.allUnits)
    q = scope.unitCodes.length === 0 ? q.where(({ lit }) => lit(false)) : q.where('requests.unit_code', 'in', scope.unitCodes);
  return q;
}

export async function listNotifications(
  db: Kysely<Database>,
  userId: string,
  scope: Scope,
  query: NotificationListQuery,
): Promise<{ items: Notification[]; nextCursor: string | null; unreadCount: number }> {
  let q = ownNotifications(db, userId, scope).select([
    'notifications.id',
    'notifications.kind',
    'notifications.event_type',
    'notifications.from_level',
    'notifications.to_level',
    'notifications.to_status',
    'notifications.created_at',
    'notifications.read_at',
    'notifications.event_seq',
    'requests.id as request_id',
    'requests.tracking_no',
    'requests.title',
  ]);
  if (query.cursor) {
    const { createdAt, id } = decodeCursor(query.cursor);
    q = q.where((eb) => eb(eb.refTuple('notifications.created_at', 'notifications.id'), '<', eb.tuple(createdAt, id)));
  }
  const rows = await q
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  // Served by notifications_unread (user_id, read_at).
  const unread = await ownNotifications(db, userId, scope)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('notifications.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  const facts = await noticeEventFacts(db, page);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind as Notification['kind'],
      eventType: r.event_type as Notification['eventType'],
      fromLevel: r.from_level,
      toLevel: r.to_level,
      toStatus: r.to_status as Notification['toStatus'],
      createdAt: r.created_at,
      readAt: r.read_at,
      ...(factsFor(facts, r) ?? { by: null, reason: null }),
      request: { id: r.request_id, trackingNo: r.tracking_no, title: r.title },
    })),
    unreadCount: Number(unread.n),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** Marks the caller's own notifications read; ids of anyone else's are ignored, and a read one keeps its first read time. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  userId: string,
  body: MarkNotificationsReadBody,
  nowIso: string,
): Promise<void> {
  let q = db.updateTable('notifications').set({ read_at: nowIso }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (body.all !== true) {
    if (!body.ids?.length) return;
    q = q.where('id', 'in', body.ids);
  }
  await q.execute();
}
