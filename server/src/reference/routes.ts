// GET /api/units and GET /api/routing-rules: reference data for filters and the routing preview.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { budgetUnitsResponseSchema, routingRuleSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { loadRoutingRules } from './reference-data';

const unitsRoute = createRoute({
  method: 'get',
  path: '/units',
  tags: ['reference'],
  summary: 'The budget units',
  responses: { 200: json(budgetUnitsResponseSchema, 'All budget units'), ...errorResponses(401) },
});

const routingRulesRoute = createRoute({
  method: 'get',
  path: '/routing-rules',
  tags: ['reference'],
  summary: 'The routing table in force, first match wins',
  responses: { 200: json(z.object({ items: z.array(routingRuleSchema) }), 'The ordered routing rules'), ...errorResponses(401) },
});

export function referenceRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(unitsRoute, async (c) => {
      requireCaller(c);
      const rows = await deps.db.selectFrom('budget_units').selectAll().where('active', '=', 1).orderBy('code').execute();
      const items = rows.map((r) => ({
        code: r.code,
        kind: r.kind,
        name: { th: r.name_th, en: r.name_en },
        group: r.group_th && r.group_en ? { th: r.group_th, en: r.group_en } : null,
      }));
      return c.json({ items }, 200);
    })
    .openapi(routingRulesRoute, async (c) => {
      requireCaller(c);
      return c.json({ items: await loadRoutingRules(deps.db) }, 200);
    });
}
