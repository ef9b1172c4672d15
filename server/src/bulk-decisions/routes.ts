// POST /api/requests/bulk-events: approve, return or reject several requests at once, each on its own.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { bulkEventBodySchema, bulkEventResponseSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { applyBulkEvent } from './service';

const bulkRoute = createRoute({
  method: 'post',
  path: '/requests/bulk-events',
  tags: ['requests'],
  summary: 'Approve, return or reject up to 50 requests, each checked and recorded as its own decision',
  description:
    'Each item is applied in its own savepoint (all items share one commit) only if its `version` still matches. The answer is 200 with one result per item, ' +
    'in the order given: `ok: true` with the new status, level and version, or `ok: false` with the code and message a single ' +
    'decision would have given (not_found, version_conflict, the 422 and 403 reasons, reauth_required at levels 5–8). A refused item changes nothing.',
  request: { body: { required: true, content: { 'application/json': { schema: bulkEventBodySchema } } } },
  responses: { 200: json(bulkEventResponseSchema, 'One result per item'), ...errorResponses(400, 401, 403) },
});

export function bulkDecisionRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(bulkRoute, async (c) => {
    const caller = requireCaller(c);
    return c.json({ results: await applyBulkEvent(deps, caller, c.req.valid('json'), c.get('lang')) }, 200);
  });
}
