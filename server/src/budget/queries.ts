// The read side of the ledger: lines with their totals and pending claims, and the panel a reviewer sees on a request.
import { sql, type Kysely } from 'kysely';
import { PENDING_STATUSES, ownPending, type Database, type PendingTotals } from '@bmrts/db';
import { namesAllLines, remainingOf, type BudgetLine, type RequestBudget, type RequestContent } from '@bmrts/shared';
import type { Scope } from '../deps';
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
function pendingOf(row: BudgetLineRow, oldest: ReadonlyMap<string, string | null>, own?: PendingTotals): Pending {
  const count = Number(row.pending_count) - (own?.count ?? 0);
  return {
    count,
    amountSatang: Number(row.pending_satang) - (own?.amountSatang ?? 0),
    oldestSubmittedAt: count > 0 ? (oldest.get(row.id) ?? null) : null,
  };
}

function lineOf(row: BudgetLineRow, pending: Pending): BudgetLine {
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
  fiscalYear?: number | undefined;
  unit?: string | undefined;
  kind?: 'unit' | 'central' | undefined;
  q?: string | undefined;
}

/** Lines the caller may see (every central-fund line; a unit's lines within their scope), code order. */
export async function listLines(db: Kysely<Database>, scope: Scope, filter: LineFilter): Promise<BudgetLine[]> {
  let query = db.selectFrom('budget_lines').selectAll().orderBy('fiscal_year', 'desc').orderBy('code').limit(500);
  if (filter.fiscalYear !== undefined) query = query.where('fiscal_year', '=', filter.fiscalYear);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.unit) query = query.where('unit_code', '=', filter.unit);
  if (!scope.allUnits) {
    const units = scope.unitCodes;
    query = query.where((eb) =>
      units.length > 0 ? eb.or([eb('kind', '=', 'central'), eb('unit_code', 'in', units)]) : eb('kind', '=', 'central'),
    );
  }
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
  const rows = await query.execute();
  const oldest = await oldestPendingOn(
    db,
    rows.filter((r) => Number(r.pending_count) > 0).map((r) => r.id),
  );
  return rows.map((r) => lineOf(r, pendingOf(r, oldest)));
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
