// GET /api/inbox/next: after a decision, the request the caller would come to next in their inbox (longest waiting
// first), so an approver can go straight on without going back to the list.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { inboxNextQuerySchema, inboxNextResponseSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { encodeCursor } from '../requests/queries';
import { inboxPage } from './inbox-query';

const inboxNextRoute = createRoute({
  method: 'get',
  path: '/inbox/next',
  tags: ['inbox'],
  summary: 'The request after a given place in the caller’s inbox (or the first, when none comes after it)',
  request: { query: inboxNextQuerySchema },
  responses: { 200: json(inboxNextResponseSchema, 'The next request, or null when nothing waits'), ...errorResponses(400, 401) },
});

export function inboxNextRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(inboxNextRoute, async (c) => {
    const caller = requireCaller(c);
    const { after, enteredAt } = c.req.valid('query');
    const db = readerOf(deps);
    // Two rows, so one is left when the decided request is still on the caller's desk (say, acting at the next level too).
    const later = await inboxPage(db, caller, 2, encodeCursor({ created_at: enteredAt, id: after }));
    // Nothing after it: the inbox's first, so "nothing waits" is said only when that is true.
    const rows = later.rows.some((r) => r.id !== after) ? later.rows : (await inboxPage(db, caller, 2)).rows;
    const next = rows.find((r) => r.id !== after);
    return c.json({ next: next ? { id: next.id, trackingNo: next.tracking_no } : null }, 200);
  });
}
