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
  budgetLineDetailSchema,
  budgetLineListQuerySchema,
  budgetLineListResponseSchema,
  budgetReportExportQuerySchema,
  budgetReportQuerySchema,
  budgetReportSchema,
  fiscalYearOf,
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
import { lineDetail, lineReport } from './reports';
import { budgetReportDownload } from './report-export';
import { fileResponse } from '../exports';

const tags = ['budget'];

const listRoute = createRoute({
  method: 'get',
  path: '/budget-lines',
  tags,
  summary: 'Budget lines with balances: the central fund’s and those of units in the caller’s scope; with reach=all every line',
  description:
    'Lines outside the caller’s scope (reach=all) carry their identity and appropriation only (inScope false, totals and ' +
    'pending null): the ordinance is public, what moved on a line and what is pending come from requests the caller may not see.',
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

const reportRoute = createRoute({
  method: 'get',
  path: '/budget-report',
  tags,
  summary: 'A fiscal year’s lines within the caller’s scope with appropriation, movements, what is left, pending claims and totals',
  request: { query: budgetReportQuerySchema },
  responses: { 200: json(budgetReportSchema, 'The lines by code, and their totals'), ...errorResponses(400, 401) },
});

const reportExportRoute = createRoute({
  method: 'get',
  path: '/budget-report/export',
  tags,
  summary: 'The lines report with the same filters and scope as GET /api/budget-report, with a totals row, as CSV or XLSX',
  description: 'Thai headers (the line import’s for the line’s identity), money in baht: CSV 1234567.50, XLSX numbers formatted #,##0.00.',
  request: { query: budgetReportExportQuerySchema },
  responses: { 200: fileResponse, ...errorResponses(400, 401) },
});

const lineRoute = createRoute({
  method: 'get',
  path: '/budget-lines/{id}',
  tags,
  summary:
    'One line within the caller’s scope: its figures, every ledger entry with the request that caused it, the requests pending on it',
  request: { params: requestIdParamsSchema },
  responses: { 200: json(budgetLineDetailSchema, 'The line'), ...errorResponses(400, 401, 404) },
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
    .openapi(reportRoute, async (c) => {
      const caller = requireCaller(c);
      const { fiscalYear, ...filter } = c.req.valid('query');
      const year = fiscalYear ?? fiscalYearOf(deps.clock.now());
      return c.json(await lineReport(readerOf(deps), caller.scope, { ...filter, fiscalYear: year }), 200);
    })
    .openapi(reportExportRoute, async (c) => {
      const caller = requireCaller(c);
      const { fiscalYear, format, ...filter } = c.req.valid('query');
      const now = deps.clock.now();
      const db = readerOf(deps);
      const report = await lineReport(db, caller.scope, { ...filter, fiscalYear: fiscalYear ?? fiscalYearOf(now) });
      const units = await db.selectFrom('budget_units').select(['code', 'name_th']).execute();
      const download = budgetReportDownload(report, new Map(units.map((u) => [u.code, u.name_th])), format, now);
      return c.body(download.body, 200, download.headers);
    })
    .openapi(lineRoute, async (c) => {
      const caller = requireCaller(c);
      return c.json(await lineDetail(readerOf(deps), caller.scope, c.req.valid('param').id), 200);
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
