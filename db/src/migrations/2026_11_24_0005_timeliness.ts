// Timeliness: level targets as data (office default and per-type overrides), the holiday a day in lieu stands for,
// and the index the predicted-finish samples read. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per (applies_to, level): applies_to is 'default' for the office's table, or a request type.
  // No rows means the DOMAIN.md §5 defaults.
  await db.schema
    .createTable('level_targets')
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('level_targets_pk', ['applies_to', 'level'])
    .execute();

  // For a substitution day, the date of the (first) weekend holiday it stands in for.
  await db.schema.alterTable('public_holidays').addColumn('substitutes', 'text').execute();

  // Completed visits at a level, newest first: the events that move a request off a level, by level and time.
  await db.schema.createIndex('request_events_level_exit').on('request_events').columns(['from_level', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('request_events_level_exit').execute();
  await db.schema.alterTable('public_holidays').dropColumn('substitutes').execute();
  await db.schema.dropTable('level_targets').execute();
}
