// GET /api/inbox: what waits for the caller's action, oldest first.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { inboxResponseSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { inboxItems } from './inbox-items';
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
    const rows = await inboxItems(deps, requireCaller(c));
    const now = deps.clock.now();
    const timeliness = await loadTimeliness(deps.db, holidays);
    return c.json({ items: rows.map((r) => toSummary(r, now, timeliness)) }, 200);
  });
}
