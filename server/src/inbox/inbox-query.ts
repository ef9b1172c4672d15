// What waits for the caller in every capacity they hold, longest waiting first, a page at a time, with the counts of
// all of it. The inbox and its export read it the same way.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { INBOX_COUNT_CAP, type InboxCount } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';
import { decodeCursor, encodeCursor, selectRequestRows, whereInScope, type RequestListRow } from '../requests/queries';
import type { OverdueCutoff } from '../requests/overdue-filter';
import { onDeskAt, overdue } from '../requests/position-sql';

/** The requests waiting at one level, in the union of the scopes in which the caller holds or acts for that level. */
interface LevelShare {
  level: number;
  scope: Scope;
}

function unionOf(a: Scope, b: Scope): Scope {
  if (a.allUnits || b.allUnits) return { allUnits: true, unitCodes: [] };
  return { allUnits: false, unitCodes: [...new Set([...a.unitCodes, ...b.unitCodes])] };
}

/**
 * The caller's capacities merged by level. Acting for someone adds their inbox beside one's own; two capacities at one
 * level share one query, so every waiting request is in exactly one share: shares never overlap, and counts add up.
 */
function sharesOf(caller: Caller): LevelShare[] {
  const byLevel = new Map<number, Scope>();
  for (const capacity of caller.capacities) {
    const held = byLevel.get(capacity.level);
    byLevel.set(capacity.level, held ? unionOf(held, capacity.scope) : capacity.scope);
  }
  return [...byLevel].map(([level, scope]) => ({ level, scope }));
}

function shareQuery(db: Kysely<Database>, share: LevelShare) {
  return whereInScope(selectRequestRows(db), share.scope).where((eb) => onDeskAt(eb, share.level));
}

/** Ids only, without the unit's names: a count reads the covering inbox index alone, no join per row. */
function idsInScope(db: Kysely<Database>, scope: Scope) {
  return whereInScope(db.selectFrom('requests').select('requests.id'), scope);
}

/** Counts up to the cap (SQLite and PostgreSQL alike count by walking the index, so a count is kept cheap by stopping). */
async function cappedCount(
  db: Kysely<Database>,
  shares: readonly LevelShare[],
  overdueCutoffs: readonly OverdueCutoff[] | null,
): Promise<InboxCount> {
  let count = 0;
  for (const share of shares) {
    // Overdue: on this desk with the Office's clock running past the target of this level (never a Council wait).
    const atLevel = overdueCutoffs?.filter((c) => c.level === share.level);
    const q = idsInScope(db, share.scope).where((eb) => (atLevel ? overdue(eb, atLevel) : onDeskAt(eb, share.level)));
    const limited = q.limit(INBOX_COUNT_CAP + 1 - count);
    const row = await db
      .selectFrom(limited.as('waiting'))
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    count += Number(row.n);
    if (count > INBOX_COUNT_CAP) return { count: INBOX_COUNT_CAP, exact: false };
  }
  return { count, exact: true };
}

export interface InboxPage {
  rows: RequestListRow[];
  nextCursor: string | null;
}

/** One page, the longest waiting at their level first; the cursor is the last row's (level_entered_at, id). */
export async function inboxPage(db: Kysely<Database>, caller: Caller, limit: number, cursor?: string): Promise<InboxPage> {
  // The list's cursor format: a (timestamp, id) keyset, here the time the request reached its level.
  const after = cursor ? decodeCursor(cursor) : null;
  const merged: RequestListRow[] = [];
  for (const share of sharesOf(caller)) {
    let q = shareQuery(db, share);
    if (after) q = q.where((eb) => eb(eb.refTuple('requests.level_entered_at', 'requests.id'), '>', eb.tuple(after.createdAt, after.id)));
    merged.push(
      ...(await q
        .orderBy('requests.level_entered_at', 'asc')
        .orderBy('requests.id', 'asc')
        .limit(limit + 1)
        .execute()),
    );
  }
  merged.sort((a, b) => a.level_entered_at.localeCompare(b.level_entered_at) || a.id.localeCompare(b.id));
  const rows = merged.slice(0, limit);
  const last = rows.at(-1);
  return { rows, nextCursor: merged.length > limit && last ? encodeCursor({ created_at: last.level_entered_at, id: last.id }) : null };
}

/** How many requests wait for the caller, and how many of them are overdue (each exact up to INBOX_COUNT_CAP). */
export async function inboxCounts(
  db: Kysely<Database>,
  caller: Caller,
  overdueCutoffs: readonly OverdueCutoff[],
): Promise<{ waiting: InboxCount; overdue: InboxCount }> {
  const shares = sharesOf(caller);
  return { waiting: await cappedCount(db, shares, null), overdue: await cappedCount(db, shares, overdueCutoffs) };
}

/** Every waiting request, page by page in the inbox's order: the export holds one page at a time. */
export async function* inboxPages(db: Kysely<Database>, caller: Caller, pageSize = 500): AsyncGenerator<RequestListRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await inboxPage(db, caller, pageSize, cursor);
    if (page.rows.length > 0) yield page.rows;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
