// The initial schema. Frozen: a migration never changes once released, and imports nothing of ours.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_units')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('group_th', 'text')
    .addColumn('group_en', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('org_divisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('org_sections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('division_id', 'text', (c) => c.notNull().references('org_divisions.id'))
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('unit_code', 'text', (c) => c.references('budget_units.code'))
    .addColumn('section_id', 'text', (c) => c.references('org_sections.id'))
    .addColumn('division_id', 'text', (c) => c.references('org_divisions.id'))
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('analyst_portfolios')
    .addColumn('analyst_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('unit_code', 'text', (c) => c.notNull().references('budget_units.code'))
    .addPrimaryKeyConstraint('analyst_portfolios_pk', ['analyst_id', 'unit_code'])
    .execute();
  await db.schema.createIndex('analyst_portfolios_unit').on('analyst_portfolios').column('unit_code').execute();

  // Agencies assigned to an executive (levels 5–8); none assigned means every unit.
  await db.schema
    .createTable('executive_scopes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('unit_code', 'text', (c) => c.notNull().references('budget_units.code'))
    .addPrimaryKeyConstraint('executive_scopes_pk', ['user_id', 'unit_code'])
    .execute();

  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('budget_units.code'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('justification', 'text', (c) => c.notNull())
    .addColumn('amount_satang', 'bigint', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('final_level', 'integer')
    .addColumn('council', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text')
    .addColumn('route_reason_th', 'text')
    .addColumn('route_reason_en', 'text')
    .addColumn('machine_state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('level_entered_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  // The list, newest first, for all units (levels 5–8) and for one unit or portfolio.
  await db.schema.createIndex('requests_created').on('requests').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('requests_unit_created').on('requests').columns(['unit_code', 'created_at', 'id']).execute();
  // Inboxes: what waits at one level, oldest first.
  await db.schema.createIndex('requests_inbox').on('requests').columns(['status', 'level', 'level_entered_at', 'id']).execute();
  // A unit's own inbox (drafts and returned) and its status groups.
  await db.schema.createIndex('requests_unit_status').on('requests').columns(['unit_code', 'status', 'level_entered_at']).execute();
  await db.schema.createIndex('requests_year_type').on('requests').columns(['fiscal_year', 'type', 'status']).execute();

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('from_level', 'integer', (c) => c.notNull())
    .addColumn('to_level', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('on_behalf_of_id', 'text', (c) => c.references('users.id'))
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('request_events_request_seq', ['request_id', 'seq'])
    .execute();

  await db.schema
    .createTable('tracking_counters')
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tracking_counters_pk', ['prefix', 'fiscal_year'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('reauthenticated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('routing_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('public_holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('name_th', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'public_holidays',
    'routing_rules',
    'sessions',
    'tracking_counters',
    'request_events',
    'requests',
    'executive_scopes',
    'analyst_portfolios',
    'users',
    'org_sections',
    'org_divisions',
    'budget_units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
