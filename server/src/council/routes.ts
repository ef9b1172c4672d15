// GET /api/council-report and /api/council-report/xlsx: the year-end report to the BMA Council, for administrators and levels 5–8.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { councilReportQuerySchema, councilReportSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { councilReportScope } from './access';
import { buildCouncilReport } from './report';
import { councilReportXlsx } from './xlsx';
import { EXPORT_CONTENT_TYPES } from '../exports';

const tags = ['council report'];
const description =
  'For administrators and levels 5–8 (acting at such a level counts); others get 403. Section 1: central-fund requests routed by a rule ' +
  'with council "report", approved or rejected within the fiscal year by the time of that decision. Section 2: requests that reached ' +
  'the Council (awaiting_council) within the year, with their outcome now. Amounts are integer satang; totals are exact sums.';

const reportRoute = createRoute({
  method: 'get',
  path: '/council-report',
  tags,
  summary: 'The year-end report to the BMA Council for a fiscal year',
  description,
  request: { query: councilReportQuerySchema },
  responses: { 200: json(councilReportSchema, 'The report'), ...errorResponses(400, 401, 403) },
});

const xlsxRoute = createRoute({
  method: 'get',
  path: '/council-report/xlsx',
  tags,
  summary: 'The same report as an XLSX workbook (Thai headers, BE dates, money in baht as numbers)',
  description,
  request: { query: councilReportQuerySchema },
  responses: {
    200: {
      description: 'The workbook',
      content: { [EXPORT_CONTENT_TYPES.xlsx]: { schema: z.string().meta({ type: 'string', format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 403),
  },
});

export function councilReportRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(reportRoute, async (c) => {
      const scope = councilReportScope(requireCaller(c));
      const { fiscalYear } = c.req.valid('query');
      return c.json(await buildCouncilReport(deps.db, scope, fiscalYear, deps.clock.now()), 200);
    })
    .openapi(xlsxRoute, async (c) => {
      const scope = councilReportScope(requireCaller(c));
      const { fiscalYear } = c.req.valid('query');
      const now = deps.clock.now();
      const download = councilReportXlsx(await buildCouncilReport(deps.db, scope, fiscalYear, now), now);
      return c.body(download.body, 200, download.headers);
    });
}
