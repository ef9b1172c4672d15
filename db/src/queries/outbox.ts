// The webhook deliveries of a workflow event: every decision writes them (nothing while no endpoint is subscribed).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import { precompiled } from '../precompiled';

export interface WebhookDelivery {
  /** `webhook:<event id>:`, followed by the endpoint's id, so an event is never queued twice for one endpoint. */
  idPrefix: string;
  eventType: string;
  requestId: string;
  payload: string;
  at: string;
}

const insertDeliveries = precompiled((db, p: WebhookDelivery) =>
  db
    .insertInto('outbox')
    .columns(['id', 'channel', 'endpoint_id', 'request_id', 'topic', 'payload', 'status', 'attempts', 'next_attempt_at', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('webhook_subscriptions')
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_subscriptions.endpoint_id')
        .where('webhook_subscriptions.event_type', '=', p.eventType)
        .where('webhook_endpoints.active', '=', 1)
        .select([
          sql<string>`${p.idPrefix} || webhook_endpoints.id`.as('id'),
          sql<string>`'webhook'`.as('channel'),
          'webhook_endpoints.id as endpoint_id',
          eb.val(p.requestId).as('request_id'),
          eb.val(p.eventType).as('topic'),
          eb.val(p.payload).as('payload'),
          sql<string>`'pending'`.as('status'),
          sql<number>`0`.as('attempts'),
          eb.val(p.at).as('next_attempt_at'),
          eb.val(p.at).as('created_at'),
        ]),
    ),
);

/** One pending delivery per active endpoint subscribed to the event's type, in the caller's transaction. */
export async function insertWebhookDeliveries(trx: Kysely<Database>, delivery: WebhookDelivery): Promise<void> {
  await insertDeliveries.run(trx, delivery);
}
