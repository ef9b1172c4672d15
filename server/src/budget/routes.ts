// /api/budget-lines: the fiscal year's lines with what is left and what is claimed; /api/requests/{id}/budget: the
// balance panel of one request (issue 16).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import {
  DomainError,
  MAX_IMPORT_BYTES,
  budgetLineImportPreviewSchema,
  budgetLineImportResultSchema,
  budgetLineImportUploadSchema,
  budgetCheckSettingsSchema,
  budgetLineListQuerySchema,
  budgetLineListResponseSchema,
  requestBudgetSchema,
  requestIdParamsSchema,
} from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireAdmin, requireCaller } from '../auth/middleware';
import { adminErrors, jsonBody } from '../admin/openapi';
import { loadBudgetCheck, replaceBudgetCheck } from './check-settings';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { loadVisibleRequest } from '../requests/service';
import { storedContentOf } from '../requests/request-view';
import { listLines, requestBudget } from './queries';
import { previewLineImport, runLineImport } from './line-import';

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

const getCheckRoute = createRoute({
  method: 'get',
  path: '/admin/budget-check',
  tags: ['admin'],
  summary: 'How the Office checks the money: the levels that refuse a short line, and whether a submission reserves its amount',
  responses: { 200: json(budgetCheckSettingsSchema, 'The settings in force'), ...adminErrors },
});
const putCheckRoute = createRoute({
  method: 'put',
  path: '/admin/budget-check',
  tags: ['admin'],
  summary: 'Replace how the Office checks the money (audited); applies to decisions from now on',
  description: 'The approval that makes a request final always refuses a short line; the levels listed refuse too, others warn.',
  request: jsonBody(budgetCheckSettingsSchema),
  responses: { 200: json(budgetCheckSettingsSchema, 'The new settings'), ...adminErrors },
});

/** As the request import (imports/routes.ts): the file's limit plus room for the multipart framing. */
const uploadLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES + 64 * 1024,
  onError: () => {
    throw new DomainError('import_too_large', 413);
  },
});
const lineUpload = { body: { required: true, content: { 'multipart/form-data': { schema: budgetLineImportUploadSchema } } } };

const previewImportRoute = createRoute({
  method: 'post',
  path: '/admin/budget-lines/import/preview',
  tags: ['admin'],
  summary: 'Dry run of a budget-line sheet: every row accepted or refused with its reasons; nothing is written',
  middleware: [uploadLimit] as const,
  request: lineUpload,
  responses: { 200: json(budgetLineImportPreviewSchema, 'The dry run'), ...errorResponses(400, 401, 403, 413, 415, 422) },
});
const importLinesRoute = createRoute({
  method: 'post',
  path: '/admin/budget-lines/import',
  tags: ['admin'],
  summary: 'Add every accepted line of a budget-line sheet with its opening appropriation, in one transaction (audited)',
  middleware: [uploadLimit] as const,
  request: lineUpload,
  responses: { 201: json(budgetLineImportResultSchema, 'What was added'), ...errorResponses(400, 401, 403, 409, 413, 415, 422) },
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

/** The administrators' part, mounted in adminRoutes behind its check (403 before any input is read). */
export function budgetAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(getCheckRoute, async (c) => {
      requireAdmin(c);
      return c.json(await loadBudgetCheck(deps.db), 200);
    })
    .openapi(putCheckRoute, async (c) => c.json(await replaceBudgetCheck(deps, requireAdmin(c), c.req.valid('json')), 200))
    .openapi(previewImportRoute, async (c) => {
      requireAdmin(c);
      return c.json(await previewLineImport(deps, c.req.valid('form').file, c.get('lang')), 200);
    })
    .openapi(importLinesRoute, async (c) =>
      c.json(await runLineImport(deps, requireAdmin(c), c.req.valid('form').file, c.get('lang')), 201),
    );
}
