// The one place notifications are written, so every way of being told (the bell, and email) starts from here.
import type { Insertable, Kysely } from 'kysely';
import { precompiled, type Database, type NotificationTable, type Precompiled } from '@bmrts/db';
import type { NotificationKind, RequestEventType, RequestStatus } from '@bmrts/shared';
import type { AppConfig, AppDeps } from '../deps';
import { enqueueEmails } from '../outbox/enqueue';

export interface NewNotification {
  userId: string;
  requestId: string;
  kind: NotificationKind;
  eventType: RequestEventType;
  fromLevel: number;
  toLevel: number;
  toStatus: RequestStatus;
  at: string;
}

/** What insertNotifications needs: ids, and the configuration that says whether email is sent (unset: in-app only). */
export type NotificationDeps = Pick<AppDeps, 'ids'> & { config?: Pick<AppConfig, 'email'> | undefined };

type NotificationValues = Insertable<NotificationTable>;
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
] as const;
type Column = (typeof COLUMNS)[number];
/** Row i's value of a column, as the precompiled INSERT names it. */
type FlatRows = Record<`${Column}${number}`, string | number | null>;

/** Most events notify a handful of people: an INSERT of up to this many rows is compiled once per row count. */
const PRECOMPILED_ROWS = 8;
const insertsByCount = new Map<number, Precompiled<FlatRows, unknown>>();

function precompiledInsert(count: number): Precompiled<FlatRows, unknown> {
  let insert = insertsByCount.get(count);
  if (!insert) {
    insert = precompiled((db, p: FlatRows) =>
      db
        .insertInto('notifications')
        .values(
          Array.from(
            { length: count },
            (_, i) => Object.fromEntries(COLUMNS.map((column) => [column, p[`${column}${i}`]])) as NotificationValues,
          ),
        ),
    );
    insertsByCount.set(count, insert);
  }
  return insert;
}

async function insertRows(trx: Kysely<Database>, rows: NotificationValues[]): Promise<void> {
  if (rows.length > PRECOMPILED_ROWS) {
    await trx.insertInto('notifications').values(rows).execute();
    return;
  }
  const flat: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    for (const column of COLUMNS) flat[`${column}${i}`] = row[column] ?? null;
  });
  await precompiledInsert(rows.length).run(trx, flat as FlatRows);
}

/**
 * Inserts the notifications inside the caller's transaction, so they stand or fall with what caused them; with email
 * configured, also their emails' outbox rows (one more INSERT, for recipients with an address who did not opt out).
 */
export async function insertNotifications(
  trx: Kysely<Database>,
  deps: NotificationDeps,
  notifications: readonly NewNotification[],
): Promise<void> {
  const rows = notifications.map((n) => ({
    id: deps.ids.newId(),
    user_id: n.userId,
    request_id: n.requestId,
    kind: n.kind,
    event_type: n.eventType,
    from_level: n.fromLevel,
    to_level: n.toLevel,
    to_status: n.toStatus,
    created_at: n.at,
    read_at: null,
  }));
  const [first] = rows;
  if (!first) return;
  await insertRows(trx, rows);
  if (deps.config?.email)
    await enqueueEmails(
      trx,
      rows.map((r) => r.id),
      first.created_at,
    );
}
