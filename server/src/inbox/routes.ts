// GET /api/inbox: what waits for the caller's action, oldest first.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { inboxResponseSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { HolidayCalendar } from '../reference/reference-data';
import { inboxItems } from './inbox-items';
import { toSummary } from '../requests/request-view';

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
    const days = await holidays();
    return c.json({ items: rows.map((r) => toSummary(r, now, days)) }, 200);
  });
}
