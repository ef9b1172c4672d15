// Acting appointments, the administrative audit log, sign-in throttling, and the appointment behind each decision. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('acting_appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('acting_user_id', 'text', (c) => c.notNull().references('users.id'))
    // Either a person to act for, or a level (5–8) to act at, never both.
    .addColumn('for_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('for_level', 'integer')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('acting_appointments_acting').on('acting_appointments').columns(['acting_user_id', 'ends_at']).execute();

  await db.schema
    .alterTable('request_events')
    .addColumn('appointment_id', 'text', (c) => c.references('acting_appointments.id'))
    .execute();

  // One chain over every administrative change, in order.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();

  // Keyed by the username as typed (lower-cased), whether or not such a user exists.
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('username_key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_attempts').execute();
  await db.schema.dropTable('audit_log').execute();
  await db.schema.alterTable('request_events').dropColumn('appointment_id').execute();
  await db.schema.dropTable('acting_appointments').execute();
}
