// The minimum sample of a survey round: below it the results say they cannot conclude rather than pass or fail.
// Existing rounds get 30, the number of respondents behind the 2565 report's 96.7 %. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('survey_rounds')
    .addColumn('min_respondents', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('survey_rounds').dropColumn('min_respondents').execute();
}
