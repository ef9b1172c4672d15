// GET /api/overview: the oversight dashboard (waits per level, ageing grid, first-pass yield, monthly volumes) for
// division directors, executives and administrators, within the caller's scope.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { fiscalYearOf, overviewQuerySchema, overviewResponseSchema, type OverviewResponse } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { loadLevelTargets } from '../timeliness/targets';
import { overviewScope } from './access';
import { ageingGrid, councilFigures, firstPassRows, levelFigures, measureGroups, monthlyVolumes } from './figures';
import { approvalsByUnit, submissionsByMonth, unitNames, waitingGroups } from './queries';

const overviewRoute = createRoute({
  method: 'get',
  path: '/overview',
  tags: ['overview'],
  summary: 'The oversight dashboard: waits per level against the targets, the ageing grid, first-pass yield and monthly volumes',
  description:
    'For levels 4–8 (acting in such a position counts) and administrators; levels 1–3 get 403. Waits are of every request waiting now; ' +
    'first-pass yield and monthly volumes are of the chosen fiscal year (1 Oct–30 Sep, Bangkok). Each figure matches a request-list query (shared `oversightLinks`).',
  request: { query: overviewQuerySchema },
  responses: { 200: json(overviewResponseSchema, 'The dashboard'), ...errorResponses(400, 401, 403) },
});

export function overviewRoutes(deps: AppDeps, holidays: HolidayCalendar) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(overviewRoute, async (c) => {
    const scope = overviewScope(requireCaller(c));
    const now = deps.clock.now();
    const fiscalYear = c.req.valid('query').fiscalYear ?? fiscalYearOf(now);
    const targets = await loadLevelTargets(deps.db);
    const waiting = measureGroups(await waitingGroups(readerOf(deps), scope), now, await holidays(), targets);
    const approvals = await approvalsByUnit(readerOf(deps), scope, fiscalYear);
    const codes = [...new Set([...waiting.map((g) => g.unitCode), ...approvals.map((a) => a.unitCode)])];
    const names = new Map((await unitNames(readerOf(deps), codes)).map((u) => [u.code, { th: u.name_th, en: u.name_en }]));
    const body: OverviewResponse = {
      fiscalYear,
      asOf: now.toISOString(),
      levels: levelFigures(waiting, targets),
      council: councilFigures(waiting),
      ageing: ageingGrid(waiting, names),
      firstPass: firstPassRows(approvals, names),
      monthly: monthlyVolumes(fiscalYear, await submissionsByMonth(readerOf(deps), scope, fiscalYear)),
    };
    return c.json(body, 200);
  });
}
