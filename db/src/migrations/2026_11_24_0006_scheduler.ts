// The reminder and escalation scheduler: its lease (one runner among several servers), its runs and the notices it sent. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per scheduled task; whoever holds an unexpired lease runs it.
  await db.schema
    .createTable('scheduler_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('acquired_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('scheduler_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('evaluated', 'integer', (c) => c.notNull())
    .addColumn('reminders', 'integer', (c) => c.notNull())
    .addColumn('escalations', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('scheduler_runs_started').on('scheduler_runs').columns(['started_at', 'id']).execute();

  // One row per notice sent about one visit of a request to a level (the visit begins at level_entered_at).
  await db.schema
    .createTable('scheduler_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('visit_started_at', 'text', (c) => c.notNull())
    /** 'reminder' or 'escalation'. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('target_days', 'integer', (c) => c.notNull())
    /** JSON of [{ userId, kind }]: who was told, and as what notification kind. */
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  // The exactly-once key; its prefix (request, visit, kind) also answers "was this visit already handled?".
  await db.schema
    .createIndex('scheduler_jobs_visit')
    .on('scheduler_jobs')
    .columns(['request_id', 'visit_started_at', 'kind', 'level'])
    .unique()
    .execute();
  await db.schema.createIndex('scheduler_jobs_sent').on('scheduler_jobs').columns(['sent_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scheduler_jobs').execute();
  await db.schema.dropTable('scheduler_runs').execute();
  await db.schema.dropTable('scheduler_leases').execute();
}
