// /api/requests/export and /api/requests/{id}/history/export: the list (same filters and scope as the list) and one
// request's history, streamed as CSV or XLSX.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bangkokDate, exportFormatQuerySchema, requestExportQuerySchema, requestIdParamsSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import type { AppCaches } from '../cache/app-caches';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses } from '../http/openapi-responses';
import { exportDownload, onePage } from '../exports';
import { historySpec, requestListSpec } from './export-columns';
import { requestHistory } from '@bmrts/db';
import { requestPages } from './queries';
import { listContextOf } from './overdue-filter';
import { loadVisibleRequest } from './service';
import { loadTimeliness } from '../timeliness/context';

const tags = ['requests'];
const binary = z.string().meta({ type: 'string', format: 'binary' });
const fileResponse = {
  description: 'The file, streamed, as an attachment with an RFC 5987 Thai file name',
  content: { 'text/csv': { schema: binary }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary } },
};

const listExportRoute = createRoute({
  method: 'get',
  path: '/requests/export',
  tags,
  summary: 'The request list with the same filters and scope as GET /api/requests, every page, as CSV or XLSX',
  description:
    'Streamed from keyset pages as they are read. CSV: UTF-8 with BOM, BE dates as dd/mm/yyyy HH:MM (Bangkok), money as 1234567.50. ' +
    'XLSX: Thai headers, date cells shown with Buddhist-era years, money as numbers in baht formatted #,##0.00.',
  request: { query: requestExportQuerySchema },
  responses: { 200: fileResponse, ...errorResponses(400, 401) },
});

const historyExportRoute = createRoute({
  method: 'get',
  path: '/requests/{id}/history/export',
  tags,
  summary: 'One request’s history (every event, who, for whom, when, the comment) as CSV or XLSX',
  request: { params: requestIdParamsSchema, query: exportFormatQuerySchema },
  responses: { 200: fileResponse, ...errorResponses(400, 401, 404) },
});

export function requestExportRoutes(deps: AppDeps, caches: AppCaches) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listExportRoute, async (c) => {
      const caller = requireCaller(c);
      const { format, ...filters } = c.req.valid('query');
      const now = deps.clock.now();
      // The same lateness filter as the list: the cutoffs of now, from the targets and the holidays.
      const context = listContextOf(filters, now, await loadTimeliness(caches));
      const download = exportDownload(
        requestListSpec,
        requestPages(readerOf(deps), caller.scope, filters, context),
        format,
        `คำขอ-${bangkokDate(now)}`,
        now,
      );
      return c.body(download.body, 200, download.headers);
    })
    .openapi(historyExportRoute, async (c) => {
      const caller = requireCaller(c);
      const { id } = c.req.valid('param');
      const request = await loadVisibleRequest(readerOf(deps), caller, id);
      const download = exportDownload(
        historySpec,
        onePage(requestHistory(readerOf(deps), id)),
        c.req.valid('query').format,
        `ประวัติ-${request.tracking_no}`,
        deps.clock.now(),
      );
      return c.body(download.body, 200, download.headers);
    });
}
