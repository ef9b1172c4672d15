// GET /api/overview: counts, waits per level and overdue requests, for division directors, executives and administrators.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { MAX_OVERDUE_LISTED, REVIEW_LEVELS, overviewQuerySchema, overviewResponseSchema, type OverviewResponse } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { toSummary } from '../requests/request-view';
import { loadTimeliness } from '../timeliness/context';
import { overviewScope } from './access';
import { countsByTypeAndStatus, inReviewCountsByLevel, requestsByIds, waitingRequests } from './queries';
import { measureWaits, overdueWaits, waitsByLevel } from './waits';

const overviewRoute = createRoute({
  method: 'get',
  path: '/overview',
  tags: ['overview'],
  summary: 'Counts, working days waited per level against the targets, and overdue requests, within the caller’s scope',
  description: 'For levels 4–8 (acting in such a position counts) and administrators; levels 1–3 get 403.',
  request: { query: overviewQuerySchema },
  responses: { 200: json(overviewResponseSchema, 'The overview'), ...errorResponses(400, 401, 403) },
});

export function overviewRoutes(deps: AppDeps, holidays: HolidayCalendar) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(overviewRoute, async (c) => {
    const scope = overviewScope(requireCaller(c));
    const { fiscalYear } = c.req.valid('query');
    const filter = { scope, fiscalYear };
    const now = deps.clock.now();
    const timeliness = await loadTimeliness(deps.db, holidays);
    const inReview = await inReviewCountsByLevel(readerOf(deps), filter);
    const waits = measureWaits(await waitingRequests(readerOf(deps), filter), now, timeliness.holidays, timeliness.targets);
    const overdue = overdueWaits(waits);
    const listed = overdue.slice(0, MAX_OVERDUE_LISTED);
    const rows = new Map((await requestsByIds(readerOf(deps), scope, listed.map((w) => w.id))).map((r) => [r.id, r]));
    const body: OverviewResponse = {
      fiscalYear: fiscalYear ?? null,
      counts: await countsByTypeAndStatus(readerOf(deps), filter),
      inReviewByLevel: REVIEW_LEVELS.map((level) => ({ level, count: inReview.get(level) ?? 0 })),
      waits: waitsByLevel(waits, timeliness.targets),
      overdueCount: overdue.length,
      // Requests are never deleted, so every listed id is found; flatMap only keeps the types honest.
      overdue: listed.flatMap((w) => {
        const row = rows.get(w.id);
        return row ? [{ ...toSummary(row, now, timeliness), targetDays: w.targetDays }] : [];
      }),
    };
    return c.json(body, 200);
  });
}
