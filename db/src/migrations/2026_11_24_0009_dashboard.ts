// Indexes for the oversight dashboard and the request-list filters it links to. Frozen.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // submitted_at (first submission) and decided_at (final decision) are each written once per request, so these cost a
  // decision almost nothing; they turn "submitted in month M" and "decided in fiscal year Y" into index ranges.
  await db.schema.createIndex('requests_submitted').on('requests').columns(['submitted_at']).execute();
  await db.schema.createIndex('requests_decided').on('requests').columns(['decided_at']).execute();
  // Whether a request was ever returned to its unit (first-pass yield): only RETURN events are indexed, so it stays small.
  await db.schema
    .createIndex('request_events_returns')
    .on('request_events')
    .column('request_id')
    .where(sql.ref('type'), '=', 'RETURN')
    .execute();
  // The inbox index also carries unit and type, so the dashboard groups the whole waiting set from the index alone; the
  // inbox reads it by the same leading columns as before, and a decision still updates one index entry.
  await db.schema.dropIndex('requests_inbox').execute();
  await db.schema
    .createIndex('requests_inbox')
    .on('requests')
    .columns(['status', 'level', 'level_entered_at', 'id', 'unit_code', 'type'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('requests_inbox').execute();
  await db.schema.createIndex('requests_inbox').on('requests').columns(['status', 'level', 'level_entered_at', 'id']).execute();
  await db.schema.dropIndex('request_events_returns').execute();
  await db.schema.dropIndex('requests_decided').execute();
  await db.schema.dropIndex('requests_submitted').execute();
}
