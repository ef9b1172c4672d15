// The read side of the ledger: lines with their totals and pending claims, and the panel a reviewer sees on a request.
import { sql, type Kysely } from 'kysely';
import { PENDING_STATUSES, ownPending, type Database, type PendingTotals } from '@bmrts/db';
import { namesAllLines, remainingOf, type BudgetLine, type ListedBudgetLine, type RequestBudget, type RequestContent } from '@bmrts/shared';
import type { Scope } from '../deps';
import { inScope } from '../scope/scope';
import { likePattern } from '../requests/queries';
import { totalsOf, type BudgetLineRow } from './ledger';

type Pending = BudgetLine['pending'];

/**
 * When the oldest pending claim drawing on each of `lineIds` was submitted, leaving out `exceptRequestId`'s own; the
 * count and sum come from the line's cached totals (@bmrts/db's ledger/pending.ts), this date only for the panel.
 */
async function oldestPendingOn(
  db: Kysely<Database>,
  lineIds: readonly string[],
  exceptRequestId?: string,
): Promise<Map<string, string | null>> {
  if (lineIds.length === 0) return new Map();
  let query = db
    .selectFrom('request_line_claims as c')
    .innerJoin('requests as r', 'r.id', 'c.request_id')
    .select((eb) => ['c.line_id', eb.fn.min('r.submitted_at').as('oldest')])
    .where('c.line_id', 'in', [...lineIds])
    .where('c.role', '=', 'draw')
    .where('r.status', 'in', [...PENDING_STATUSES])
    .groupBy('c.line_id');
  if (exceptRequestId) query = query.where('c.request_id', '!=', exceptRequestId);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.line_id, r.oldest ?? null]));
}

/** Others' pending claims on a line: its cached totals less what `own` (the request whose panel it is) holds there. */
function pendingOf(
  row: Pick<BudgetLineRow, 'id' | 'pending_count' | 'pending_satang'>,
  oldest: ReadonlyMap<string, string | null>,
  own?: PendingTotals,
): Pending {
  const count = Number(row.pending_count) - (own?.count ?? 0);
  return {
    count,
    amountSatang: Number(row.pending_satang) - (own?.amountSatang ?? 0),
    oldestSubmittedAt: count > 0 ? (oldest.get(row.id) ?? null) : null,
  };
}

/** The pending claims on each of `lineIds`: their lines' cached count and sum, and the oldest claim's date. */
export async function pendingOn(db: Kysely<Database>, lineIds: readonly string[]): Promise<Map<string, Pending>> {
  if (lineIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('budget_lines')
    .select(['id', 'pending_count', 'pending_satang'])
    .where('id', 'in', [...lineIds])
    .execute();
  const oldest = await oldestPendingOn(
    db,
    rows.filter((r) => Number(r.pending_count) > 0).map((r) => r.id),
  );
  return new Map(rows.map((r) => [r.id, pendingOf(r, oldest)]));
}

export const NO_PENDING: Pending = { count: 0, amountSatang: 0, oldestSubmittedAt: null };

export function lineOf(row: BudgetLineRow, pending: Pending): BudgetLine {
  const totals = totalsOf(row);
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    kind: row.kind === 'central' ? 'central' : 'unit',
    unitCode: row.unit_code,
    code: row.code,
    plan: row.plan,
    project: row.project,
    category: row.category as BudgetLine['category'],
    item: row.item,
    centralItem: row.central_item as BudgetLine['centralItem'],
    totals: { ...totals, remainingSatang: remainingOf(totals) },
    pending,
  };
}

export interface LineFilter {
  id?: string | undefined;
  fiscalYear?: number | undefined;
  unit?: string | undefined;
  kind?: 'unit' | 'central' | undefined;
  category?: string | undefined;
  q?: string | undefined;
}

/** The lines a scope may see (lineInScope as a query): every central-fund line, and a unit's lines within the scope. */
export function linesInScope(db: Kysely<Database>, scope: Scope) {
  const query = db.selectFrom('budget_lines').selectAll();
  if (scope.allUnits) return query;
  const units = scope.unitCodes;
  return query.where((eb) =>
    units.length > 0 ? eb.or([eb('kind', '=', 'central'), eb('unit_code', 'in', units)]) : eb('kind', '=', 'central'),
  );
}

/**
 * Whether the caller sees a line's figures (what moved on it, what is pending): every central-fund line, and a unit's
 * line within their scope, as they see that unit's requests. Any line's identity and appropriation are public
 * (the ordinance is), decision record 0019.
 */
export function lineInScope(scope: Scope, row: Pick<BudgetLineRow, 'kind' | 'unit_code'>): boolean {
  return row.kind === 'central' || (row.unit_code !== null && inScope(scope, row.unit_code));
}

/** The lines `filter` keeps, by fiscal year and code; only those in `scope` (lineInScope) when one is given. */
export function filteredLines(db: Kysely<Database>, scope: Scope | null, filter: LineFilter) {
  let query = (scope ? linesInScope(db, scope) : db.selectFrom('budget_lines').selectAll()).orderBy('fiscal_year', 'desc').orderBy('code');
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.fiscalYear !== undefined) query = query.where('fiscal_year', '=', filter.fiscalYear);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.unit) query = query.where('unit_code', '=', filter.unit);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    // The list's own search rule (requests/queries.ts): case-blind on both engines, % and _ taken literally.
    query = query.where((eb) =>
      eb.or(
        (['code', 'plan', 'project', 'item'] as const).map(
          (col) => sql<boolean>`lower(${sql.ref(col)}) like lower(${pattern}) escape '\\'`,
        ),
      ),
    );
  }
  return query;
}

/**
 * Lines the caller may see, code order, at most 500: with `reach` 'scope' (the default) those in their scope
 * (lineInScope) with every figure; with 'all' every line, those outside their scope with identity and appropriation only.
 */
export async function listLines(
  db: Kysely<Database>,
  scope: Scope,
  filter: LineFilter & { reach?: 'scope' | 'all' | undefined },
): Promise<ListedBudgetLine[]> {
  const rows = await filteredLines(db, filter.reach === 'all' ? null : scope, filter)
    .limit(500)
    .execute();
  const pending = await pendingOn(
    db,
    rows.filter((r) => lineInScope(scope, r)).map((r) => r.id),
  );
  return rows.map((r) => {
    const line = lineOf(r, pending.get(r.id) ?? NO_PENDING);
    const appropriationSatang = line.totals.appropriationSatang;
    return lineInScope(scope, r)
      ? { ...line, inScope: true, appropriationSatang }
      : { ...line, inScope: false, appropriationSatang, totals: null, pending: null };
  });
}

/** The balance panel of one request: each line it names, what is left now, what others claim, what would be left. */
export async function requestBudget(
  db: Kysely<Database>,
  request: { id: string; status: string; content: RequestContent | null },
): Promise<RequestBudget> {
  const claims = await db
    .selectFrom('request_line_claims')
    .select(['line_id', 'role', 'amount_satang'])
    .where('request_id', '=', request.id)
    .orderBy('role')
    .orderBy('line_id')
    .execute();
  const posted =
    (await db.selectFrom('budget_ledger').select('id').where('request_id', '=', request.id).limit(1).executeTakeFirst()) !== undefined;
  const lineIds = [...new Set(claims.map((c) => c.line_id))];
  const rows = lineIds.length ? await db.selectFrom('budget_lines').selectAll().where('id', 'in', lineIds).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const own = ownPending(
    request.status,
    claims.map((c) => ({ lineId: c.line_id, role: c.role, amountSatang: Number(c.amount_satang) })),
  );
  const oldest = await oldestPendingOn(
    db,
    rows.filter((r) => Number(r.pending_count) > (own.get(r.id)?.count ?? 0)).map((r) => r.id),
    request.id,
  );
  const lines = claims.flatMap((claim) => {
    const row = byId.get(claim.line_id);
    if (!row) return [];
    const line = lineOf(row, pendingOf(row, oldest, own.get(row.id)));
    const amountSatang = Number(claim.amount_satang);
    const role = claim.role === 'receive' ? ('receive' as const) : ('draw' as const);
    const remaining = line.totals.remainingSatang;
    // Once posted, the money has moved: what is left now is already what is left after.
    const afterSatang = posted ? remaining : role === 'draw' ? remaining - amountSatang : remaining + amountSatang;
    return [{ ...line, role, amountSatang, afterSatang, enough: posted || role === 'receive' || remaining >= amountSatang }];
  });
  return { checked: request.content !== null && namesAllLines(request.content), posted, lines };
}
