// The dashboard's reads of the past: what waited at the start of this month (a scan of the events) and the fiscal
// year's approvals before it, kept a few minutes per scope, year and month (AppCaches.overviewHistory). Only the past
// is kept, so no figure of now lags behind the others.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { BE_OFFSET, bangkokDate, fiscalYearSpanUtc, monthSpanUtc } from '@bmrts/shared';
import type { Scope } from '../deps';
import { waitingGroupsAt } from './history-queries';
import { approvalsByUnit, type WaitingGroup } from './queries';

export interface OverviewHistory {
  monthStart: string;
  yearPreviousAt: string;
  waitingAtMonthStart: WaitingGroup[];
  approvalsBefore: { approved: number; firstPass: number };
}

/**
 * The instants the headline compares with. "Now" figures: the start of the current Bangkok month (the end of the
 * previous one). The fiscal year's figures: the same instant, or for a year already over, the start of its last month.
 */
export function comparisonInstants(now: Date, fiscalYear: number) {
  const monthStart = monthSpanUtc(bangkokDate(now).slice(0, 7)).start;
  // A fiscal year's last month is September of its CE year.
  const lastMonthStart = monthSpanUtc(`${fiscalYear - BE_OFFSET}-09`).start;
  return { monthStart, yearPreviousAt: monthStart < lastMonthStart ? monthStart : lastMonthStart };
}

export const historyKey = (scope: Scope, fiscalYear: number, monthStart: string) =>
  `${scope.allUnits ? '*' : [...scope.unitCodes].sort().join(',')}|${fiscalYear}|${monthStart}`;

export function sumApprovals(rows: readonly { approved: number; firstPass: number }[]) {
  return rows.reduce((s, r) => ({ approved: s.approved + r.approved, firstPass: s.firstPass + r.firstPass }), {
    approved: 0,
    firstPass: 0,
  });
}

export async function readOverviewHistory(db: Kysely<Database>, scope: Scope, now: Date, fiscalYear: number): Promise<OverviewHistory> {
  const { monthStart, yearPreviousAt } = comparisonInstants(now, fiscalYear);
  const year = fiscalYearSpanUtc(fiscalYear);
  const before = { start: year.start, end: yearPreviousAt };
  return {
    monthStart,
    yearPreviousAt,
    waitingAtMonthStart: await waitingGroupsAt(db, scope, monthStart),
    approvalsBefore: before.end > before.start ? sumApprovals(await approvalsByUnit(db, scope, before)) : { approved: 0, firstPass: 0 },
  };
}
