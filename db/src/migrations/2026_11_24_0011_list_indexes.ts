// Indexes for request lists filtered by status, status and fiscal year, status and level, or fiscal year, each in the
// lists' own order (newest first), so a page of 50 is read straight off the index instead of sorting every match.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('requests_status_created').on('requests').columns(['status', 'created_at', 'id']).execute();
  await db.schema
    .createIndex('requests_status_year_created')
    .on('requests')
    .columns(['status', 'fiscal_year', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('requests_status_level_created').on('requests').columns(['status', 'level', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_year_created').on('requests').columns(['fiscal_year', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'requests_status_created',
    'requests_status_year_created',
    'requests_status_level_created',
    'requests_year_created',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
