// GET /api/inbox: what waits for the caller's action, oldest first.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { inboxResponseSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { inboxRows, type RequestWithUnit } from '../requests/queries';
import { toSummary } from '../requests/request-view';
import { loadTimeliness } from '../timeliness/context';

const inboxRoute = createRoute({
  method: 'get',
  path: '/inbox',
  tags: ['inbox'],
  summary: 'What waits for the caller: at their level in their scope, or their unit’s drafts and returned requests',
  responses: { 200: json(inboxResponseSchema, 'Oldest first'), ...errorResponses(401) },
});

export function inboxRoutes(deps: AppDeps, holidays: HolidayCalendar) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(inboxRoute, async (c) => {
    const caller = requireCaller(c);
    // Acting for someone puts their inbox beside one's own; a request held in two capacities is listed once.
    const byId = new Map<string, RequestWithUnit>();
    for (const capacity of caller.capacities) {
      for (const row of await inboxRows(readerOf(deps), capacity.scope, capacity.level)) byId.set(row.id, row);
    }
    const rows = [...byId.values()].sort((a, b) => a.level_entered_at.localeCompare(b.level_entered_at) || a.id.localeCompare(b.id));
    const now = deps.clock.now();
    const timeliness = await loadTimeliness(deps.db, holidays);
    return c.json({ items: rows.map((r) => toSummary(r, now, timeliness)) }, 200);
  });
}
