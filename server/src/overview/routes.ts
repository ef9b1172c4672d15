// GET /api/overview: the oversight dashboard (waits per level, ageing grid, first-pass yield, monthly volumes) for
// division directors, executives and administrators, within the caller's scope; GET /api/overview/export: one of its
// tables as CSV or XLSX, with the same figures.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { overviewExportQuerySchema, overviewQuerySchema, overviewResponseSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { AppCaches } from '../cache/app-caches';
import { overviewDownload } from './export-columns';
import { loadOverview } from './load';

const tags = ['overview'];
const access = 'For levels 4–8 (acting in such a position counts) and administrators; levels 1–3 get 403. ';

const overviewRoute = createRoute({
  method: 'get',
  path: '/overview',
  tags,
  summary: 'The oversight dashboard: waits per level against the targets, the ageing grid, first-pass yield and monthly volumes',
  description:
    access +
    'Waits are of every request waiting now; ' +
    'first-pass yield and monthly volumes are of the chosen fiscal year (1 Oct–30 Sep, Bangkok). Each figure matches a request-list query (shared `oversightLinks`).',
  request: { query: overviewQuerySchema },
  responses: { 200: json(overviewResponseSchema, 'The dashboard'), ...errorResponses(400, 401, 403) },
});

const binary = z.string().meta({ type: 'string', format: 'binary' });

const overviewExportRoute = createRoute({
  method: 'get',
  path: '/overview/export',
  tags,
  summary: 'One table of the oversight dashboard (levels, ageing, firstPass, monthly) as CSV or XLSX',
  description:
    access +
    'The same figures as GET /api/overview for the same fiscal year. CSV: UTF-8 with BOM. XLSX: Thai headers, counts and working days ' +
    'as number cells, first-pass yield as a number formatted 0.0 (per cent), months in Thai with the BE year.',
  request: { query: overviewExportQuerySchema },
  responses: {
    200: {
      description: 'The file, as an attachment with an RFC 5987 Thai file name',
      content: { 'text/csv': { schema: binary }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary } },
    },
    ...errorResponses(400, 401, 403),
  },
});

export function overviewRoutes(deps: AppDeps, caches: AppCaches) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(overviewRoute, async (c) => {
      return c.json(await loadOverview(deps, caches, requireCaller(c), c.req.valid('query').fiscalYear), 200);
    })
    .openapi(overviewExportRoute, async (c) => {
      const { table, format, fiscalYear } = c.req.valid('query');
      const overview = await loadOverview(deps, caches, requireCaller(c), fiscalYear);
      const download = overviewDownload(table, overview, format, new Date(overview.asOf));
      return c.body(download.body, 200, download.headers);
    });
}
