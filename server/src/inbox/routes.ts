// GET /api/inbox: what waits for the caller's action, longest waiting first, a page at a time, with its counts.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { inboxQuerySchema, inboxResponseSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { AppCaches } from '../cache/app-caches';
import { inboxCounts, inboxPage } from './inbox-query';
import { overdueCutoffs } from '../requests/overdue-filter';
import { summariesOf } from '../requests/summaries';
import { loadTimeliness } from '../timeliness/context';

const inboxRoute = createRoute({
  method: 'get',
  path: '/inbox',
  tags: ['inbox'],
  summary: 'What waits for the caller: at their level in their scope, or their unit’s drafts and returned requests',
  description:
    'Keyset-paginated, the longest waiting at their level first; `waiting` and `overdue` count every page (exactly up to 1,000).',
  request: { query: inboxQuerySchema },
  responses: { 200: json(inboxResponseSchema, 'One page and the counts'), ...errorResponses(400, 401) },
});

export function inboxRoutes(deps: AppDeps, caches: AppCaches) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(inboxRoute, async (c) => {
    const caller = requireCaller(c);
    const { limit, cursor } = c.req.valid('query');
    const now = deps.clock.now();
    const timeliness = await loadTimeliness(caches);
    const page = await inboxPage(readerOf(deps), caller, limit, cursor);
    const counts = await inboxCounts(readerOf(deps), caller, overdueCutoffs(timeliness, now));
    return c.json({ items: await summariesOf(deps, page.rows, now, timeliness), nextCursor: page.nextCursor, ...counts }, 200);
  });
}
