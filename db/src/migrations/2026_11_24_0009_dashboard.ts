// Indexes for the oversight dashboard and the request-list filters it links to. Frozen.
// submitted_at (first submission) and decided_at (final decision) are each written once per request, so these cost a
// decision almost nothing; they turn "submitted in month M" and "approved in fiscal year Y" into index ranges.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('requests_submitted').on('requests').columns(['submitted_at']).execute();
  await db.schema.createIndex('requests_decided').on('requests').columns(['decided_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('requests_decided').execute();
  await db.schema.dropIndex('requests_submitted').execute();
}
