// The dashboard's figures for a caller and a fiscal year: what GET /api/overview answers and its exports write.
import { fiscalYearOf, fiscalYearSpanUtc, type OverviewResponse } from '@bmrts/shared';
import { readerOf, type AppDeps, type Caller } from '../deps';
import type { AppCaches } from '../cache/app-caches';
import { overviewScope } from './access';
import { ageingGrid, councilFigures, firstPassRows, levelFigures, measureGroups, monthlyVolumes } from './figures';
import { decisionDays, headline, monthTrend, visitOutcomes } from './headline';
import { endedVisitGroups, finalDecisionGroups } from './history-queries';
import { comparisonInstants, historyKey, readOverviewHistory, sumApprovals } from './history';
import { budgetOverview } from '../budget/office-totals';
import { approvalsByUnit, submissionsByMonth, unitNames, waitingGroups } from './queries';

/** Throws Forbidden for callers below level 4 who are not administrators. */
export async function loadOverview(
  deps: AppDeps,
  caches: AppCaches,
  caller: Caller,
  chosenYear: number | undefined,
): Promise<OverviewResponse> {
  const scope = overviewScope(caller);
  const now = deps.clock.now();
  const fiscalYear = chosenYear ?? fiscalYearOf(now);
  const targets = await caches.levelTargets.get();
  const holidays = await caches.holidays.get();
  const waiting = measureGroups(await waitingGroups(readerOf(deps), scope), now, holidays, targets);
  const year = fiscalYearSpanUtc(fiscalYear);
  const approvals = await approvalsByUnit(readerOf(deps), scope, year);
  const codes = [...new Set([...waiting.map((g) => g.unitCode), ...approvals.map((a) => a.unitCode)])];
  const names = new Map((await unitNames(readerOf(deps), codes)).map((u) => [u.code, { th: u.name_th, en: u.name_en }]));
  const { monthStart } = comparisonInstants(now, fiscalYear);
  const history = await caches.overviewHistory.get(historyKey(scope, fiscalYear, monthStart), () =>
    readOverviewHistory(readerOf(deps), scope, now, fiscalYear),
  );
  const decisions = decisionDays(await finalDecisionGroups(readerOf(deps), scope, year), holidays);
  const visits = visitOutcomes(await endedVisitGroups(readerOf(deps), scope, year), holidays, targets);
  return {
    fiscalYear,
    asOf: now.toISOString(),
    headline: headline({
      waiting,
      // Measured at the month's start, as the waits now are measured now: the same working days and targets.
      waitingBefore: measureGroups(history.waitingAtMonthStart, new Date(history.monthStart), holidays, targets),
      monthStart: history.monthStart,
      decisions,
      visits,
      yearPreviousAt: history.yearPreviousAt,
      approvals: sumApprovals(approvals),
      approvalsBefore: history.approvalsBefore,
    }),
    trend: monthTrend(fiscalYear, decisions, visits),
    levels: levelFigures(waiting, targets),
    council: councilFigures(waiting),
    ageing: ageingGrid(waiting, names),
    firstPass: firstPassRows(approvals, names),
    monthly: monthlyVolumes(fiscalYear, await submissionsByMonth(readerOf(deps), scope, fiscalYear)),
    budget: await budgetOverview(readerOf(deps), scope, fiscalYear),
  };
}
