// Writes outbox rows inside the transaction of what caused them: one INSERT … SELECT each, no network, no rendering.
import { sql, type ExpressionBuilder, type ExpressionWrapper, type Kysely, type SqlBool } from 'kysely';
import { insertWebhookDeliveries, type Database } from '@bmrts/db';
import type { WebhookEventBody } from '@bmrts/shared';

/** The notification's recipient turned its kind of email off: checked when queuing and again when sending. */
export function optedOut(eb: ExpressionBuilder<Database, 'notifications'>): ExpressionWrapper<Database, 'notifications', SqlBool> {
  return eb.exists(
    eb
      .selectFrom('email_opt_outs')
      .select('email_opt_outs.user_id')
      .whereRef('email_opt_outs.user_id', '=', 'notifications.user_id')
      .whereRef('email_opt_outs.kind', '=', 'notifications.kind'),
  );
}

/**
 * One email per new notification whose recipient has an address, is active and has not turned that kind off.
 * The message is rendered when it is sent; the row only points at the notification. The row's id is derived from
 * the notification's, so a notification can never be queued twice.
 */
export async function enqueueEmails(trx: Kysely<Database>, notificationIds: readonly string[], nowIso: string): Promise<void> {
  if (notificationIds.length === 0) return;
  await trx
    .insertInto('outbox')
    .columns(['id', 'channel', 'user_id', 'notification_id', 'request_id', 'topic', 'status', 'attempts', 'next_attempt_at', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .where('notifications.id', 'in', notificationIds)
        .where('users.email', 'is not', null)
        .where('users.active', '=', 1)
        .where((eb) => eb.not(optedOut(eb)))
        .select([
          sql<string>`'email:' || notifications.id`.as('id'),
          sql<string>`'email'`.as('channel'),
          'notifications.user_id',
          'notifications.id as notification_id',
          'notifications.request_id',
          'notifications.kind as topic',
          sql<string>`'pending'`.as('status'),
          sql<number>`0`.as('attempts'),
          eb.val(nowIso).as('next_attempt_at'),
          eb.val(nowIso).as('created_at'),
        ]),
    )
    .execute();
}

/** One delivery per active endpoint subscribed to the event's type; the body is fixed now, so every retry signs the same bytes. */
export async function enqueueWebhooks(trx: Kysely<Database>, event: WebhookEventBody): Promise<void> {
  await insertWebhookDeliveries(trx, {
    idPrefix: `webhook:${event.id}:`,
    eventType: event.type,
    requestId: event.request.id,
    payload: JSON.stringify(event),
    at: event.at,
  });
}
