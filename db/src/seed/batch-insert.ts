// Inserts many rows in a few statements: one INSERT per batch keeps the seed fast without raw driver calls.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema';

/**
 * SQLite allows 32,766 bound values per statement and PostgreSQL 65,535; batches of at most
 * 500 rows of under 30 columns stay well inside both.
 */
const DEFAULT_BATCH_ROWS = 500;

export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  batchRows = DEFAULT_BATCH_ROWS,
): Promise<number> {
  for (let start = 0; start < rows.length; start += batchRows) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + batchRows))
      .execute();
  }
  return rows.length;
}
