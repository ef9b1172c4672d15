// The INSERT of a workflow event's notifications: every decision writes a handful.
import type { Insertable, Kysely } from 'kysely';
import type { Database, NotificationTable } from '../schema';
import { precompiled, type Precompiled } from '../precompiled';

export type NewNotificationRow = Insertable<NotificationTable>;

const COLUMNS = [
  'id',
  'user_id',
  'request_id',
  'kind',
  'event_type',
  'from_level',
  'to_level',
  'to_status',
  'created_at',
  'read_at',
  'event_seq',
] as const satisfies readonly (keyof NotificationTable)[];
type Column = (typeof COLUMNS)[number];
/** A compiled statement takes one flat set of parameters: row i's value of a column is named `${column}${i}`. */
type FlatRows = Record<`${Column}${number}`, string | number | null>;

/** Most events notify a handful of people: an INSERT of up to this many rows is compiled once per row count. */
const PRECOMPILED_ROWS = 8;
const insertsByCount = new Map<number, Precompiled<FlatRows, unknown>>();

function insertOf(count: number): Precompiled<FlatRows, unknown> {
  let insert = insertsByCount.get(count);
  if (!insert) {
    insert = precompiled((db, p: FlatRows) =>
      db
        .insertInto('notifications')
        .values(
          Array.from(
            { length: count },
            (_, i) => Object.fromEntries(COLUMNS.map((column) => [column, p[`${column}${i}`]])) as NewNotificationRow,
          ),
        ),
    );
    insertsByCount.set(count, insert);
  }
  return insert;
}

/** Inserts the rows in the caller's transaction (an absent read_at is unread). */
export async function insertNotificationRows(trx: Kysely<Database>, rows: readonly NewNotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length > PRECOMPILED_ROWS) {
    await trx.insertInto('notifications').values(rows).execute();
    return;
  }
  const flat: Record<string, string | number | null> = {};
  rows.forEach((row, i) => {
    for (const column of COLUMNS) flat[`${column}${i}`] = row[column] ?? null;
  });
  await insertOf(rows.length).run(trx, flat as FlatRows);
}
