// /api/budget-lines: the fiscal year's lines with what is left and what is claimed; /api/requests/{id}/budget: the
// balance panel of one request (issue 16).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { budgetLineListQuerySchema, budgetLineListResponseSchema, requestBudgetSchema, requestIdParamsSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { loadVisibleRequest } from '../requests/service';
import { storedContentOf } from '../requests/request-view';
import { listLines, requestBudget } from './queries';

const tags = ['budget'];

const listRoute = createRoute({
  method: 'get',
  path: '/budget-lines',
  tags,
  summary: 'Budget lines the caller may see (central-fund items, and the lines of units in their scope) with balances',
  request: { query: budgetLineListQuerySchema },
  responses: { 200: json(budgetLineListResponseSchema, 'The lines, by fiscal year and code'), ...errorResponses(400, 401) },
});

const requestBudgetRoute = createRoute({
  method: 'get',
  path: '/requests/{id}/budget',
  tags,
  summary: 'The lines a request draws on and pays into: what is left now, pending claims, and what would be left after it',
  request: { params: requestIdParamsSchema },
  responses: { 200: json(requestBudgetSchema, 'The balance panel'), ...errorResponses(400, 401, 404) },
});

export function budgetRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const caller = requireCaller(c);
      return c.json({ items: await listLines(readerOf(deps), caller.scope, c.req.valid('query')) }, 200);
    })
    .openapi(requestBudgetRoute, async (c) => {
      const caller = requireCaller(c);
      const row = await loadVisibleRequest(readerOf(deps), caller, c.req.valid('param').id);
      return c.json(await requestBudget(readerOf(deps), { id: row.id, status: row.status, content: storedContentOf(row) }), 200);
    });
}
