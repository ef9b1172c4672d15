// Email and webhooks: users' email address, language and opt-outs, webhook endpoints, and the persisted outbox. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  // 'th' or 'en': the language of the email a user receives.
  await db.schema
    .alterTable('users')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('th'))
    .execute();

  // Every kind of email is on unless the user turned it off: one row per (user, kind) turned off.
  await db.schema
    .createTable('email_opt_outs')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('email_opt_outs_pk', ['user_id', 'kind'])
    .execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    /** The HMAC-SHA256 key; shown to the administrator once, when made or renewed. */
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id'))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_subscriptions_pk', ['event_type', 'endpoint_id'])
    .execute();

  // One message to deliver: written in the transaction of what caused it, delivered later by any server.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** 'email' or 'webhook'. */
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('notification_id', 'text', (c) => c.references('notifications.id'))
    .addColumn('endpoint_id', 'text', (c) => c.references('webhook_endpoints.id'))
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    /** What the message is about: a notification kind (email) or a request event type (webhook). */
    .addColumn('topic', 'text', (c) => c.notNull())
    /** Webhook: the exact JSON body, fixed once so every retry carries the same signed bytes. */
    .addColumn('payload', 'text')
    /** 'pending', 'sent', 'failed' (gave up after the last attempt) or 'skipped' (nobody to send to any more). */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    /** A server that claimed the message sends it until this time; after it another may claim it again. */
    .addColumn('lease_until', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  // The worker's claim: pending messages that are due.
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  // The administrators' delivery log, newest first.
  await db.schema.createIndex('outbox_log').on('outbox').columns(['created_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
  await db.schema.dropTable('webhook_subscriptions').execute();
  await db.schema.dropTable('webhook_endpoints').execute();
  await db.schema.dropTable('email_opt_outs').execute();
  await db.schema.alterTable('users').dropColumn('language').execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}
