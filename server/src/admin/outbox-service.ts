// The outbox as administrators see it: every email and webhook delivery with its status and attempts, and a retry of a failed one.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { NotFound, DomainError, type OutboxDelivery, type OutboxListQuery, type OutboxListResponse } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { decodeCursor, encodeCursor } from '../requests/queries';
import { recordChange } from './audit';

function deliveries(db: Kysely<Database>) {
  return db
    .selectFrom('outbox')
    .leftJoin('webhook_endpoints', 'webhook_endpoints.id', 'outbox.endpoint_id')
    .leftJoin('users', 'users.id', 'outbox.user_id')
    .leftJoin('requests', 'requests.id', 'outbox.request_id')
    .select([
      'outbox.id',
      'outbox.channel',
      'outbox.topic',
      'outbox.status',
      'outbox.attempts',
      'outbox.next_attempt_at',
      'outbox.last_status_code',
      'outbox.last_error',
      'outbox.created_at',
      'outbox.sent_at',
      'webhook_endpoints.url',
      'users.username',
      'requests.tracking_no',
    ]);
}

type DeliveryRow = Awaited<ReturnType<ReturnType<typeof deliveries>['executeTakeFirstOrThrow']>>;

function toDelivery(r: DeliveryRow): OutboxDelivery {
  return {
    id: r.id,
    channel: r.channel as OutboxDelivery['channel'],
    topic: r.topic,
    status: r.status as OutboxDelivery['status'],
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    recipient: r.channel === 'webhook' ? r.url : r.username,
    trackingNo: r.tracking_no,
  };
}

/** Newest first, keyset-paginated on (created_at, id) (served by outbox_log). */
export async function listDeliveries(db: Kysely<Database>, query: OutboxListQuery): Promise<OutboxListResponse> {
  let q = deliveries(db);
  if (query.channel) q = q.where('outbox.channel', '=', query.channel);
  if (query.status) q = q.where('outbox.status', '=', query.status);
  if (query.endpointId) q = q.where('outbox.endpoint_id', '=', query.endpointId);
  if (query.cursor) {
    const { createdAt, id } = decodeCursor(query.cursor);
    q = q.where((eb) => eb(eb.refTuple('outbox.created_at', 'outbox.id'), '<', eb.tuple(createdAt, id)));
  }
  const rows = await q
    .orderBy('outbox.created_at', 'desc')
    .orderBy('outbox.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toDelivery), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

/** Puts a failed delivery back in the queue, due now, with a fresh count of attempts. */
export async function retryDelivery(deps: AppDeps, admin: Caller, id: string): Promise<OutboxDelivery> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await deliveries(trx).where('outbox.id', '=', id).executeTakeFirst();
    if (!before) throw new NotFound();
    if (before.status !== 'failed') throw new DomainError('delivery_not_failed', 422);
    await trx
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: deps.clock.now().toISOString(), lease_until: null, claimed_by: null })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .execute();
    const after = await deliveries(trx).where('outbox.id', '=', id).executeTakeFirstOrThrow();
    await recordChange(deps, trx, admin, {
      action: 'outbox.retry',
      entityType: 'outbox',
      entityId: id,
      before: toDelivery(before),
      after: toDelivery(after),
    });
    return toDelivery(after);
  });
}
