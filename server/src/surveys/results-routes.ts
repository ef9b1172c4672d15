// /api/admin/surveys/…: live results of a round, a comparison of rounds, the printable summary, CSV and XLSX exports.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  surveyCompareQuerySchema,
  surveyComparisonSchema,
  surveyExportQuerySchema,
  surveyResultsSchema,
  surveyRoundParamsSchema,
  surveySummarySchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, notFound } from '../admin/openapi';
import { compareRounds } from './comparison';
import { exportFile } from './exports/export-file';
import { loadResults } from './results-service';
import { surveySummary } from './summary';

const tags = ['surveys (admin)'];
const params = { params: surveyRoundParamsSchema };
const binary = z.string().meta({ type: 'string', format: 'binary' });

const resultsRoute = createRoute({
  method: 'get',
  path: '/admin/surveys/{roundId}/results',
  tags,
  summary: 'Live results: response rates (overall, by level, by unit), the KPI against its target, figures per question, free text',
  description:
    'Percentages are rounded half up to 1 decimal and means to 2; SD is the sample SD (n − 1). In an anonymous round no answer names its writer.',
  request: params,
  responses: { 200: json(surveyResultsSchema, 'The results now'), ...adminErrors, ...notFound },
});
const compareRoute = createRoute({
  method: 'get',
  path: '/admin/surveys/compare',
  tags,
  summary: 'Key figures of 2–6 rounds side by side (?rounds=id1,id2)',
  request: { query: surveyCompareQuerySchema },
  responses: { 200: json(surveyComparisonSchema, 'The rounds in the order asked'), ...adminErrors, ...notFound },
});
const summaryRoute = createRoute({
  method: 'get',
  path: '/admin/surveys/{roundId}/summary',
  tags,
  summary: 'The figures of a one-page printable summary in Thai, for the annual performance report',
  request: params,
  responses: { 200: json(surveySummarySchema, 'The summary'), ...adminErrors, ...notFound },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/admin/surveys/{roundId}/export',
  tags,
  summary: 'Download the results or the raw answers as CSV (UTF-8 with BOM) or XLSX',
  description:
    'An attachment with an RFC 5987 Thai filename. The raw answers of an anonymous round carry only a random response id and the answers.',
  request: { ...params, query: surveyExportQuerySchema },
  responses: {
    200: {
      description: 'The file',
      content: { 'text/csv': { schema: binary }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary } },
    },
    ...adminErrors,
    ...notFound,
  },
});

export function surveyResultRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(compareRoute, async (c) => {
      requireAdmin(c);
      return c.json(await compareRounds(deps, c.req.valid('query').rounds), 200);
    })
    .openapi(resultsRoute, async (c) => {
      requireAdmin(c);
      return c.json((await loadResults(deps, c.req.valid('param').roundId)).results, 200);
    })
    .openapi(summaryRoute, async (c) => {
      requireAdmin(c);
      const { results } = await loadResults(deps, c.req.valid('param').roundId);
      return c.json(surveySummary(results, deps.clock.now()), 200);
    })
    .openapi(exportRoute, async (c) => {
      requireAdmin(c);
      const download = exportFile(await loadResults(deps, c.req.valid('param').roundId), c.req.valid('query'), deps.clock.now());
      return c.body(download.body, 200, download.headers);
    });
}
