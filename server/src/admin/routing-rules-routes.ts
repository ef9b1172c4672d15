// /api/admin/routing-rules: read the ordered routing table and replace it as a whole.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { replaceRoutingRulesBodySchema, routingRulesResponseSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { loadRoutingRules } from '../reference/reference-data';
import { adminErrors, adminTags as tags, jsonBody } from './openapi';
import { replaceRoutingRules } from './routing-rules-service';

const getRoute = createRoute({
  method: 'get',
  path: '/admin/routing-rules',
  tags,
  summary: 'The routing table in force, first match wins',
  responses: { 200: json(routingRulesResponseSchema, 'The ordered routing rules'), ...adminErrors },
});
const replaceRoute = createRoute({
  method: 'put',
  path: '/admin/routing-rules',
  tags,
  summary: 'Replace the routing table (order = array order); applies to requests submitted from now on',
  description: 'Requests already submitted keep the rule and final level stored when they were submitted.',
  request: jsonBody(replaceRoutingRulesBodySchema),
  responses: { 200: json(routingRulesResponseSchema, 'The new routing table'), ...adminErrors },
});

export function routingRuleAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(getRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await loadRoutingRules(deps.db) }, 200);
    })
    .openapi(replaceRoute, async (c) =>
      c.json({ items: await replaceRoutingRules(deps, requireAdmin(c), c.req.valid('json').rules) }, 200),
    );
}
