// Repairs requests whose plain columns (status, level, final_level, council, rule_id) disagree with their stored machine
// state. The columns only repeat the state, but until requestColumnsOf every writer (server, import, seeds) set them by
// hand, so nothing but care kept the two together. Idempotent: it rewrites only rows that differ, so a second run
// changes nothing. It reads the state with today's requestColumnsOf on purpose: the point is
// that the columns say what that function says; a later change to it comes with a migration of its own.
import type { Kysely } from 'kysely';
// eslint-disable-next-line boundaries/dependencies -- a repair of the columns must say what the one column rule says (issue 14.3; see above)
import type { StoredMachineState } from '@bmrts/shared';
// eslint-disable-next-line boundaries/dependencies -- as above: the one column rule, not a frozen copy of it
import { requestColumnsOf, type RequestColumns } from '../request-columns';
// eslint-disable-next-line boundaries/dependencies -- the table types only, erased at run time
import type { Database } from '../schema';

/** Rows read at a time, so memory stays flat on a database of a million requests. */
const PAGE = 1000;

type StoredRow = RequestColumns & { id: string; machine_state: string };

function stateOf(row: StoredRow): StoredMachineState {
  try {
    return JSON.parse(row.machine_state) as StoredMachineState;
  } catch (error) {
    throw new Error(`request ${row.id}: its machine_state is not JSON, so its columns cannot be checked`, { cause: error });
  }
}

function differs(row: StoredRow, columns: RequestColumns): boolean {
  return (Object.keys(columns) as (keyof RequestColumns)[]).some((key) => row[key] !== columns[key]);
}

export async function up(anyDb: Kysely<any>): Promise<void> {
  // The requests table as this migration knows it: these columns have been there since the initial migration.
  const db = anyDb as Kysely<Database>;
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('requests')
      .select(['id', 'machine_state', 'status', 'level', 'final_level', 'council', 'rule_id'])
      .orderBy('id')
      .limit(PAGE);
    if (after !== null) query = query.where('id', '>', after);
    const page = await query.execute();
    for (const row of page) {
      const columns = requestColumnsOf(stateOf(row));
      if (differs(row, columns)) await db.updateTable('requests').set(columns).where('id', '=', row.id).execute();
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = last.id;
  }
}

/** Nothing to undo: the repaired columns are what the stored state always meant. */
export async function down(): Promise<void> {}
