// Each budget line keeps the count and sum of the pending claims drawing on it (issue 16's bench target: a decision
// read them by summing every pending claim on its lines, over a thousand a line in the bench). A cache like the
// line's other totals, moved in the same transaction as the claims and statuses it sums (ledger/pending.ts) and
// recomputed by verify-ledger; filled here from the claims already stored. Frozen: the statuses that counted as
// pending when it was written (in review, with the Council) are spelled out, not imported.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('budget_lines')
    .addColumn('pending_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('budget_lines')
    .addColumn('pending_satang', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  const pending = sql`from request_line_claims c join requests r on r.id = c.request_id
    where c.line_id = budget_lines.id and c.role = 'draw' and r.status in ('in_review', 'awaiting_council')`;
  await db
    .updateTable('budget_lines')
    .set({
      pending_count: sql`(select count(*) ${pending})`,
      pending_satang: sql`coalesce((select sum(c.amount_satang) ${pending}), 0)`,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('budget_lines').dropColumn('pending_satang').execute();
  await db.schema.alterTable('budget_lines').dropColumn('pending_count').execute();
}
