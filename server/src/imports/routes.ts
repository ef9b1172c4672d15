// /api/admin/imports: upload a CSV or XLSX of past requests for a dry run, then import the accepted rows in one go.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { DomainError, MAX_IMPORT_BYTES, importPreviewSchema, importResultSchema, importUploadSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { adminTags as tags } from '../admin/openapi';
import { previewImport, runImport } from './import-service';

/** Room for the multipart boundaries, part headers and the mapping field around a file of the largest allowed size. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const uploadLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES + MULTIPART_OVERHEAD_BYTES,
  onError: () => {
    throw new DomainError('import_too_large', 413);
  },
});
const upload = { body: { required: true, content: { 'multipart/form-data': { schema: importUploadSchema } } } };

const previewRoute = createRoute({
  method: 'post',
  path: '/admin/imports/preview',
  tags,
  summary: 'Dry run of a spreadsheet import: its headers, the column mapping, and every row accepted or refused with its reasons',
  description:
    'multipart/form-data with `file` (CSV in UTF-8 or XLSX, read by content; at most 5 MiB and 5,000 rows) and optionally `mapping` ' +
    '(JSON { field: header }). Without a mapping, the one this administrator saved last is used if the sheet has its columns, ' +
    'else one proposed from the headers. Nothing is written.',
  middleware: [uploadLimit] as const,
  request: upload,
  responses: { 200: json(importPreviewSchema, 'The dry run'), ...errorResponses(400, 401, 403, 413, 415, 422) },
});

const importRoute = createRoute({
  method: 'post',
  path: '/admin/imports',
  tags,
  summary: 'Import every accepted row of a spreadsheet in one transaction (all or none); refused rows are reported, not imported',
  description:
    'The same upload as the dry run. Each request keeps its dates, status and level, gets an IMPORTED event in its history naming ' +
    'the administrator and the file, and keeps its tracking number when the sheet has one of ours (ALT-2569-000123), otherwise gets a ' +
    'new one. The mapping is saved for this administrator; the import is written to the audit log.',
  middleware: [uploadLimit] as const,
  request: upload,
  responses: { 201: json(importResultSchema, 'What was imported'), ...errorResponses(400, 401, 403, 409, 413, 415, 422) },
});

export function importRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(previewRoute, async (c) => c.json(await previewImport(deps, requireAdmin(c), c.req.valid('form'), c.get('lang')), 200))
    .openapi(importRoute, async (c) => c.json(await runImport(deps, requireAdmin(c), c.req.valid('form'), c.get('lang')), 201));
}
