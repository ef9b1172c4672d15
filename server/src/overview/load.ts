// The dashboard's figures for a caller and a fiscal year: what GET /api/overview answers and its exports write.
import { fiscalYearOf, type OverviewResponse } from '@bmrts/shared';
import { readerOf, type AppDeps, type Caller } from '../deps';
import type { AppCaches } from '../cache/app-caches';
import { overviewScope } from './access';
import { ageingGrid, councilFigures, firstPassRows, levelFigures, measureGroups, monthlyVolumes } from './figures';
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
  const waiting = measureGroups(await waitingGroups(readerOf(deps), scope), now, await caches.holidays.get(), targets);
  const approvals = await approvalsByUnit(readerOf(deps), scope, fiscalYear);
  const codes = [...new Set([...waiting.map((g) => g.unitCode), ...approvals.map((a) => a.unitCode)])];
  const names = new Map((await unitNames(readerOf(deps), codes)).map((u) => [u.code, { th: u.name_th, en: u.name_en }]));
  return {
    fiscalYear,
    asOf: now.toISOString(),
    levels: levelFigures(waiting, targets),
    council: councilFigures(waiting),
    ageing: ageingGrid(waiting, names),
    firstPass: firstPassRows(approvals, names),
    monthly: monthlyVolumes(fiscalYear, await submissionsByMonth(readerOf(deps), scope, fiscalYear)),
  };
}
