// Totals of the Council report: counts and exact integer satang sums, by outcome, per group and overall.
import type { CouncilReportRow, CouncilReportTotals } from '../schemas/council-report';

export function emptyCouncilTotals(): CouncilReportTotals {
  return {
    count: 0,
    amountSatang: 0,
    approvedCount: 0,
    approvedSatang: 0,
    rejectedCount: 0,
    rejectedSatang: 0,
    awaitingCount: 0,
    awaitingSatang: 0,
    withdrawnCount: 0,
    withdrawnSatang: 0,
  };
}

/** Adds integer satang; a sum beyond 2^53 would lose satang silently, so it throws instead. */
function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('satang total beyond the safe integer range');
  return sum;
}

const OUTCOME_FIELDS = {
  approved: ['approvedCount', 'approvedSatang'],
  rejected: ['rejectedCount', 'rejectedSatang'],
  awaiting_council: ['awaitingCount', 'awaitingSatang'],
  withdrawn: ['withdrawnCount', 'withdrawnSatang'],
} as const;

export function councilTotalsOf(rows: readonly Pick<CouncilReportRow, 'amountSatang' | 'outcome'>[]): CouncilReportTotals {
  const totals = emptyCouncilTotals();
  for (const row of rows) {
    const [countField, satangField] = OUTCOME_FIELDS[row.outcome];
    totals.count += 1;
    totals.amountSatang = add(totals.amountSatang, row.amountSatang);
    totals[countField] += 1;
    totals[satangField] = add(totals[satangField], row.amountSatang);
  }
  return totals;
}
