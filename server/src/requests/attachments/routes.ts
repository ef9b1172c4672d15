// /api/requests/{id}/attachments: upload a document, download it, remove it.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { attachmentParamsSchema, attachmentUploadSchema, attachmentUploadedSchema, requestIdParamsSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../../deps';
import { requireCaller } from '../../auth/middleware';
import { validationHook } from '../../http/errors';
import { errorResponses, json } from '../../http/openapi-responses';
import { downloadHeaders } from '../../http/download-headers';
import { listAttachments } from './queries';
import { readAttachment, removeAttachment, uploadAttachment } from './service';
import { attachmentBodyLimit } from './upload-limit';

const tags = ['attachments'];

const uploadRoute = createRoute({
  method: 'post',
  path: '/requests/{id}/attachments',
  tags,
  summary: 'Attach a document: the unit while the request is open, or the reviewer holding its current level',
  description:
    'multipart/form-data with one `file`. The kind is read from the file’s bytes (PDF, PNG, JPEG, WebP; XLSX and ODS by the workbook ' +
    'inside the ZIP; XLS with a matching name; UTF-8 text named .csv), not from the declared type, and the stored name is given that ' +
    'kind’s extension (`renamedFrom` in the answer says when). Program, script and page names (.exe, .bat, .js, .hta, .html, .svg …), ' +
    'ZIPs named as spreadsheets that hold no workbook, and workbooks with macros are refused with 415; an empty file with 400 ' +
    '(attachment_empty). At most 10 MiB: a larger body is refused before it is read whole.',
  // The limit runs before the body is parsed, so a huge upload is cut off while it streams in.
  middleware: [attachmentBodyLimit(1)] as const,
  request: {
    params: requestIdParamsSchema,
    body: { required: true, content: { 'multipart/form-data': { schema: attachmentUploadSchema } } },
  },
  responses: {
    201: json(attachmentUploadedSchema, 'The stored attachment, under the name it is stored and served as'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/requests/{id}/attachments/{attachmentId}',
  tags,
  summary: 'Download an attachment, for whoever may see the request',
  request: { params: attachmentParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment (Content-Disposition with an RFC 5987 filename*), with the type decided at upload',
      content: { 'application/octet-stream': { schema: z.string().meta({ type: 'string', format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 404),
  },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/requests/{id}/attachments/{attachmentId}',
  tags,
  summary: 'Remove an attachment: only its uploader, while the request is open; the record is kept',
  request: { params: attachmentParamsSchema },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404, 422) },
});

export function attachmentRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(uploadRoute, async (c) => {
      const caller = requireCaller(c);
      const { id } = c.req.valid('param');
      const upload = await uploadAttachment(deps, caller, id, c.req.valid('form').file);
      const stored = (await listAttachments(deps.db, id)).find((a) => a.id === upload.id);
      // Just written in this request, and only its uploader's later DELETE could hide it.
      if (!stored) throw new Error('the attachment just stored is missing');
      return c.json({ ...stored, ...(upload.renamedFrom === null ? {} : { renamedFrom: upload.renamedFrom }) }, 201);
    })
    .openapi(downloadRoute, async (c) => {
      const caller = requireCaller(c);
      const { id, attachmentId } = c.req.valid('param');
      const file = await readAttachment(deps, caller, id, attachmentId);
      return c.body(new Uint8Array(file.content), 200, downloadHeaders(file.file_name, file.content_type, file.content.byteLength));
    })
    .openapi(removeRoute, async (c) => {
      const caller = requireCaller(c);
      const { id, attachmentId } = c.req.valid('param');
      await removeAttachment(deps, caller, id, attachmentId);
      return c.body(null, 204);
    });
}
