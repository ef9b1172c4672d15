// The budget office's reports on the lines (issue 16 item 5): a fiscal year's lines of the caller's units with their
// figures and totals, and one line's page (figures, movement history, requests pending on it). Figures and pending
// claims come from queries.ts (lineOf, pendingOn), so how a line's balance and its pending claims are read stays there.
import type { Kysely } from 'kysely';
import { PENDING_STATUSES, type Database } from '@bmrts/db';
import {
  EMPTY_TOTALS,
  NotFound,
  remainingOf,
  type BudgetLine,
  type BudgetLineDetail,
  type BudgetLineEntry,
  type BudgetReport,
  type BudgetReportTotals,
  type LedgerKind,
  type LineTotals,
} from '@bmrts/shared';
import type { Scope } from '../deps';
import { inScope } from '../scope/scope';
import { NO_PENDING, filteredLines, lineInScope, lineOf, pendingOn, type LineFilter } from './queries';

/** Lines asked about in one pendingOn call: a whole city's year is thousands, and an IN list should stay modest. */
const PENDING_BATCH = 1000;

async function withPending(db: Kysely<Database>, rows: Parameters<typeof lineOf>[0][]): Promise<BudgetLine[]> {
  const pending = new Map<string, BudgetLine['pending']>();
  for (let i = 0; i < rows.length; i += PENDING_BATCH) {
    const batch = await pendingOn(
      db,
      rows.slice(i, i + PENDING_BATCH).map((r) => r.id),
    );
    for (const [id, p] of batch) pending.set(id, p);
  }
  return rows.map((r) => lineOf(r, pending.get(r.id) ?? NO_PENDING));
}

/** The totals row: each sum of the lines shown, what is left on them (remainingOf the sums), their pending claims. */
export function reportTotals(lines: readonly BudgetLine[]): BudgetReportTotals {
  const sums: LineTotals = { ...EMPTY_TOTALS };
  const kinds = Object.keys(EMPTY_TOTALS) as (keyof LineTotals)[];
  let pendingCount = 0;
  let pendingSatang = 0;
  for (const line of lines) {
    for (const kind of kinds) sums[kind] += line.totals[kind];
    pendingCount += line.pending.count;
    pendingSatang += line.pending.amountSatang;
  }
  return { lines: lines.length, ...sums, remainingSatang: remainingOf(sums), pendingCount, pendingSatang };
}

/** Every line of `fiscalYear` within the caller's scope that the filter keeps, by code, and their totals. */
export async function lineReport(
  db: Kysely<Database>,
  scope: Scope,
  filter: Omit<LineFilter, 'fiscalYear'> & { fiscalYear: number },
): Promise<BudgetReport> {
  const rows = await filteredLines(db, scope, filter).execute();
  const lines = await withPending(db, rows);
  return { fiscalYear: filter.fiscalYear, lines, totals: reportTotals(lines) };
}

/** One line within the caller's scope (else not found, as a request outside it): figures, movements, pending requests. */
export async function lineDetail(db: Kysely<Database>, scope: Scope, lineId: string): Promise<BudgetLineDetail> {
  const row = await db.selectFrom('budget_lines').selectAll().where('id', '=', lineId).executeTakeFirst();
  if (!row || !lineInScope(scope, row)) throw new NotFound();
  const [line] = await withPending(db, [row]);
  if (!line) throw new NotFound();
  const entryRows = await db
    .selectFrom('budget_ledger as e')
    .leftJoin('requests as r', 'r.id', 'e.request_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.amount_satang', 'e.request_id', 'r.tracking_no', 'r.title', 'r.unit_code'])
    .where('e.line_id', '=', lineId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  const entries = entryRows.map((e): BudgetLineEntry => {
    const shown = e.request_id !== null && e.tracking_no !== null && e.unit_code !== null && inScope(scope, e.unit_code);
    return {
      id: e.id,
      at: e.at,
      kind: e.kind as LedgerKind,
      amountSatang: Number(e.amount_satang),
      request: shown
        ? { id: e.request_id ?? '', trackingNo: e.tracking_no ?? '', title: e.title ?? '', unitCode: e.unit_code ?? '' }
        : null,
      requestOutOfScope: e.request_id !== null && !shown,
    };
  });
  const claimRows = await db
    .selectFrom('request_line_claims as c')
    .innerJoin('requests as r', 'r.id', 'c.request_id')
    .select(['r.id', 'r.tracking_no', 'r.title', 'r.unit_code', 'r.level', 'r.status', 'r.submitted_at', 'c.role', 'c.amount_satang'])
    .where('c.line_id', '=', lineId)
    .where('r.status', 'in', [...PENDING_STATUSES])
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .execute();
  const pendingRequests = claimRows
    .filter((c) => inScope(scope, c.unit_code))
    .map((c) => ({
      id: c.id,
      trackingNo: c.tracking_no,
      title: c.title,
      unitCode: c.unit_code,
      level: c.level,
      status: c.status,
      submittedAt: c.submitted_at,
      role: c.role === 'receive' ? ('receive' as const) : ('draw' as const),
      amountSatang: Number(c.amount_satang),
    }));
  return { line, entries, pendingRequests };
}
