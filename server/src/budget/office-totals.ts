// The dashboard's money (issue 16): a fiscal year's budget lines added up — the units' lines in the caller's overview
// scope, and the central-fund items — and the lines closest to empty. Each line's figures are its cached totals and
// remainingOf, as the lines list and the balance panel show them; pending claims come from pendingOn (queries.ts).
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { EMPTY_TOTALS, remainingOf, type BudgetOverview, type BudgetTotals } from '@bmrts/shared';
import type { Scope } from '../deps';
import { totalsOf, type BudgetLineRow } from './ledger';
import { linesInScope, pendingOn } from './queries';

/** How many lines the dashboard lists as closest to empty. */
export const CLOSEST_TO_EMPTY = 10;

type Pending = Awaited<ReturnType<typeof pendingOn>>;

function totalsOfLines(rows: readonly BudgetLineRow[], pending: Pending): BudgetTotals {
  const sum = { ...EMPTY_TOTALS, remainingSatang: 0 };
  const claims = { claims: 0, amountSatang: 0 };
  for (const row of rows) {
    const t = totalsOf(row);
    sum.appropriationSatang += t.appropriationSatang;
    sum.allottedSatang += t.allottedSatang;
    sum.transferInSatang += t.transferInSatang;
    sum.transferOutSatang += t.transferOutSatang;
    sum.centralInSatang += t.centralInSatang;
    sum.centralOutSatang += t.centralOutSatang;
    sum.remainingSatang += remainingOf(t);
    const p = pending.get(row.id);
    claims.claims += p?.count ?? 0;
    claims.amountSatang += p?.amountSatang ?? 0;
  }
  return { lines: rows.length, ...sum, pending: claims };
}

/** Remaining as a share of the appropriation, in per cent with one decimal. */
function leftPercentOf(remainingSatang: number, appropriationSatang: number): number {
  return Math.round((remainingSatang / appropriationSatang) * 1000) / 10;
}

export async function budgetOverview(db: Kysely<Database>, scope: Scope, fiscalYear: number): Promise<BudgetOverview> {
  const rows = await linesInScope(db, scope).where('fiscal_year', '=', fiscalYear).execute();
  const pending = await pendingOn(
    db,
    rows.map((r) => r.id),
  );
  const closestToEmpty = rows
    .filter((r) => Number(r.appropriation_satang) > 0)
    .map((r) => {
      const t = totalsOf(r);
      const remainingSatang = remainingOf(t);
      return {
        id: r.id,
        kind: r.kind === 'central' ? ('central' as const) : ('unit' as const),
        unitCode: r.unit_code,
        code: r.code,
        item: r.item,
        appropriationSatang: t.appropriationSatang,
        remainingSatang,
        pendingSatang: pending.get(r.id)?.amountSatang ?? 0,
        share: remainingSatang / t.appropriationSatang,
        leftPercent: leftPercentOf(remainingSatang, t.appropriationSatang),
      };
    })
    .sort((a, b) => a.share - b.share || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, CLOSEST_TO_EMPTY)
    .map(({ share: _share, ...line }) => line);
  return {
    fiscalYear,
    units: totalsOfLines(
      rows.filter((r) => r.kind !== 'central'),
      pending,
    ),
    central: totalsOfLines(
      rows.filter((r) => r.kind === 'central'),
      pending,
    ),
    closestToEmpty,
  };
}
