// GET /api/inbox/export: what waits for the caller, as the inbox lists it, as CSV or XLSX.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bangkokDate, exportFormatQuerySchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses } from '../http/openapi-responses';
import { exportDownload } from '../exports';
import { requestListSpec } from '../requests/export-columns';
import { inboxPages } from './inbox-query';

const binary = z.string().meta({ type: 'string', format: 'binary' });

const inboxExportRoute = createRoute({
  method: 'get',
  path: '/inbox/export',
  tags: ['inbox'],
  summary: 'Everything that waits for the caller, longest waiting first, with the request list’s columns, as CSV or XLSX',
  request: { query: exportFormatQuerySchema },
  responses: {
    200: {
      description: 'The file, as an attachment with an RFC 5987 Thai file name',
      content: { 'text/csv': { schema: binary }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary } },
    },
    ...errorResponses(400, 401),
  },
});

export function inboxExportRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(inboxExportRoute, (c) => {
    const now = deps.clock.now();
    const rows = inboxPages(readerOf(deps), requireCaller(c));
    const download = exportDownload(requestListSpec, rows, c.req.valid('query').format, `งานที่รอดำเนินการ-${bangkokDate(now)}`, now);
    return c.body(download.body, 200, download.headers);
  });
}
