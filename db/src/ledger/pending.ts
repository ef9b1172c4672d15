// Pending claims (issue 16): while a request is away from its unit (at a review level or with the Council), what it
// draws on each line is pending there; an approver sees how many and how much others hold, and a decision records it.
// Each line keeps those two figures (pending_count, pending_satang) as a cache, moved in the transaction that changes a
// request's claims or takes it into or out of the pending statuses, so a decision reads two columns of a row it already
// reads instead of summing every pending claim on the line. This module owns that rule: which statuses count, how the
// cache moves, and what it must equal (pendingFromClaims, checked by verify-ledger).
import { sql, type Kysely } from 'kysely';
import { AWAY_FROM_UNIT_STATUSES } from '@bmrts/shared';
import type { Database } from '../schema';

/** A request's draw claims are pending on their lines while it is in one of these statuses. */
export const PENDING_STATUSES: readonly string[] = AWAY_FROM_UNIT_STATUSES;

export function isPendingStatus(status: string): boolean {
  return PENDING_STATUSES.includes(status);
}

/** A claim as the cache counts it: only what a request draws on a line is pending there. */
export interface PendingClaim {
  lineId: string;
  role: string;
  amountSatang: number;
}

/** The count and sum of the pending draw claims on one line. */
export interface PendingTotals {
  count: number;
  amountSatang: number;
}

/** What a request's claims add to (sign 1) or take from (sign -1) each line's pending totals. */
function deltaOf(claims: readonly PendingClaim[], sign: 1 | -1, into = new Map<string, PendingTotals>()): Map<string, PendingTotals> {
  for (const c of claims) {
    if (c.role !== 'draw') continue;
    const d = into.get(c.lineId) ?? { count: 0, amountSatang: 0 };
    into.set(c.lineId, { count: d.count + sign, amountSatang: d.amountSatang + sign * c.amountSatang });
  }
  return into;
}

/** An UPDATE's set moving a line's cached pending totals by `d` (with other totals, in one statement per line). */
export function pendingColumnsMovedBy(d: PendingTotals) {
  return {
    pending_count: sql<number>`pending_count + ${d.count}`,
    pending_satang: sql<number>`pending_satang + ${d.amountSatang}`,
  };
}

/**
 * Moves the lines' cached pending totals, in line-id order: the order lockLines locks them in
 * (server/src/budget/ledger.ts), so two transactions touching the same lines wait for each other, never deadlock.
 */
export async function movePending(trx: Kysely<Database>, delta: ReadonlyMap<string, PendingTotals>): Promise<void> {
  for (const lineId of [...delta.keys()].sort()) {
    const d = delta.get(lineId);
    if (!d || (d.count === 0 && d.amountSatang === 0)) continue;
    await trx.updateTable('budget_lines').set(pendingColumnsMovedBy(d)).where('id', '=', lineId).execute();
  }
}

/**
 * How a request's move from one status to another moves its lines' pending totals: its claims join them as it goes
 * into review, leave them as it comes out (returned, withdrawn, rejected, approved), and stay as it moves within.
 */
export function pendingMoveOf(claims: readonly PendingClaim[], fromStatus: string, toStatus: string): Map<string, PendingTotals> {
  const was = isPendingStatus(fromStatus);
  if (was === isPendingStatus(toStatus)) return new Map();
  return deltaOf(claims, was ? -1 : 1);
}

/** A request in `status` replaces its claims `before` by `after`: counted only while it is pending. */
export async function movePendingWithClaims(
  trx: Kysely<Database>,
  status: string,
  before: readonly PendingClaim[],
  after: readonly PendingClaim[],
): Promise<void> {
  if (!isPendingStatus(status)) return;
  await movePending(trx, deltaOf(after, 1, deltaOf(before, -1)));
}

/** What a request itself holds pending on each line (subtracted from the line's cache to give what others hold). */
export function ownPending(status: string, claims: readonly PendingClaim[]): Map<string, PendingTotals> {
  return isPendingStatus(status) ? deltaOf(claims, 1) : new Map();
}

/** The pending totals of each line as the claims and the requests' statuses give them: what the cache must equal. */
export async function pendingFromClaims(db: Kysely<Database>): Promise<Map<string, PendingTotals>> {
  const rows = await db
    .selectFrom('request_line_claims as c')
    .innerJoin('requests as r', 'r.id', 'c.request_id')
    .select((eb) => [
      'c.line_id',
      eb.fn.countAll<string | number>().as('count'),
      eb.fn.sum<string | number>('c.amount_satang').as('amount'),
    ])
    .where('c.role', '=', 'draw')
    .where('r.status', 'in', [...PENDING_STATUSES])
    .groupBy('c.line_id')
    .execute();
  return new Map(rows.map((r) => [r.line_id, { count: Number(r.count), amountSatang: Number(r.amount ?? 0) }]));
}

/**
 * Sets every line's cached pending totals from the claims: for writers that put claims and statuses in place directly
 * (the demo and bench seeds). The migration that added the cache fills it with its own frozen copy of this statement.
 */
export async function refreshPendingTotals(db: Kysely<Database>): Promise<void> {
  const pending = sql`from request_line_claims c join requests r on r.id = c.request_id
    where c.line_id = budget_lines.id and c.role = 'draw' and r.status in (${sql.join([...PENDING_STATUSES])})`;
  await db
    .updateTable('budget_lines')
    .set({
      pending_count: sql`(select count(*) ${pending})`,
      pending_satang: sql`coalesce((select sum(c.amount_satang) ${pending}), 0)`,
    })
    .execute();
}
