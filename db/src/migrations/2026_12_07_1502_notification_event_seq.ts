// Which history event a notification tells of (its seq in the request's history), so the bell and the email can say
// who acted and why without copying the comment. Null for the scheduler's notices, which no event caused.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('event_seq', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('event_seq').execute();
}
