// The money behind the requests (issue 16): the budget lines the annual ordinance appropriates, an append-only ledger
// of what moved on each, and the lines each request draws on or pays into (its claims, pending until it is decided).
// A line's balance is always the sum of its ledger entries; the totals kept on the line are a cache of those sums,
// written in the same transaction as the entries, that `verify-ledger` recomputes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    // 'unit': a budget unit's line (plan / project / category / item); 'central': a central-fund item (งบกลาง).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.references('budget_units.code'))
    // The line's reference as the ordinance's table gives it; unique within the fiscal year.
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('project', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    // For a central-fund line: which central-fund item (CENTRAL_FUND_ITEMS); null for a unit's line.
    .addColumn('central_item', 'text')
    .addColumn('appropriation_satang', 'bigint', (c) => c.notNull())
    // Cached sums of the ledger's entries by kind (see verify-ledger).
    .addColumn('allotted_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transfer_in_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transfer_out_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('central_in_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('central_out_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_lines_year_code').unique().on('budget_lines').columns(['fiscal_year', 'code']).execute();
  await db.schema.createIndex('budget_lines_unit').on('budget_lines').columns(['unit_code', 'fiscal_year']).execute();

  await db.schema
    .createTable('budget_ledger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('line_id', 'text', (c) => c.notNull().references('budget_lines.id'))
    // opening | allotment | transfer_out | transfer_in | central_out | central_in
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_satang', 'bigint', (c) => c.notNull())
    // The approved request and the event that moved the money; null for an opening entry.
    .addColumn('request_id', 'text', (c) => c.references('requests.id'))
    .addColumn('event_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_ledger_line').on('budget_ledger').column('line_id').execute();
  await db.schema.createIndex('budget_ledger_request').on('budget_ledger').column('request_id').execute();

  // What each request's content names: the lines it draws on ('draw') and pays into ('receive'), by amount. Kept in
  // step with the content on every save; while the request is in review they are pending claims on those lines.
  await db.schema
    .createTable('request_line_claims')
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id'))
    .addColumn('line_id', 'text', (c) => c.notNull().references('budget_lines.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('amount_satang', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_line_claims_pk', ['request_id', 'line_id', 'role'])
    .execute();
  await db.schema.createIndex('request_line_claims_line').on('request_line_claims').column('line_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_line_claims').execute();
  await db.schema.dropTable('budget_ledger').execute();
  await db.schema.dropTable('budget_lines').execute();
}
