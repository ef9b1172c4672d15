// How the Office checks the money (issue 16): at which review levels an approval is refused when a line it draws on is
// short (the final approval always is: it moves the money), and whether a submission reserves its amount (a commitment,
// as OCA's budget_control counts commitments in the balance). One row, 'office'; no row means the defaults.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_check_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // JSON array of review levels (2–8) whose approval is refused, not only warned, when a line is short.
    .addColumn('enforce_levels', 'text', (c) => c.notNull())
    .addColumn('reserve_on_submit', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_check_settings').execute();
}
