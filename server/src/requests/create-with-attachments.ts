// POST /api/requests/with-attachments: the create form's save, a new draft and the documents chosen with it in one
// multipart call. Its draft part is the JSON text POST /api/requests takes, read by the same schema and worded by the
// same describeIssues; its files pass the same checks as one file attached later (attachments/checked-file).
import { createRoute } from '@hono/zod-openapi';
import {
  MAX_ATTACHMENTS_ON_CREATE,
  ValidationFailed,
  createRequestBodySchema,
  createWithAttachmentsBodySchema,
  describeIssues,
  requestViewSchema,
  type Lang,
  type RequestContent,
} from '@bmrts/shared';
import { errorResponses, json } from '../http/openapi-responses';
import { MAX_JSON_BODY_BYTES } from '../http/body-limit';
import { attachmentBodyLimit } from './attachments/upload-limit';

export const createWithAttachmentsRoute = createRoute({
  method: 'post',
  path: '/requests/with-attachments',
  tags: ['requests'],
  summary: 'A budget-unit user creates a draft for their own unit together with its documents, all or nothing',
  description:
    `multipart/form-data: \`request\`, the JSON text of the body POST /api/requests takes, and up to ${MAX_ATTACHMENTS_ON_CREATE} ` +
    '`files` parts. Every file is checked as POST /api/requests/{id}/attachments checks one (kind read from its bytes, program and ' +
    'script names refused, at most 10 MiB, not empty) before anything is written; then the draft and all its files are stored in one ' +
    'transaction. A refused file answers 413, 415 or 400 with a message naming it, and nothing is stored. A `request` that is not ' +
    'JSON or not a valid draft answers 400 with each problem worded for the field. The body may be at most the files’ room ' +
    `(${MAX_ATTACHMENTS_ON_CREATE} × 10 MiB) and the draft’s; a larger one is refused while it streams in.`,
  // The limit runs before the body is parsed, so a huge upload is cut off while it streams in.
  middleware: [attachmentBodyLimit(MAX_ATTACHMENTS_ON_CREATE, MAX_JSON_BODY_BYTES)] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: createWithAttachmentsBodySchema } } } },
  responses: {
    201: json(requestViewSchema, 'The new draft, listing its attachments'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

/** The draft part read as POST /api/requests reads its body; text that is not JSON is "not in a form this system takes". */
export function requestContentOfPart(text: string, lang: Lang): RequestContent {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Parsed as nothing, the schema's issue is about the whole body, which describeIssue words without naming a field.
    body = undefined;
  }
  const parsed = createRequestBodySchema.safeParse(body);
  if (!parsed.success) throw new ValidationFailed(describeIssues(parsed.error.issues, lang));
  return parsed.data;
}

/** One file part arrives as a file, several as a list, none as nothing. */
export function filesOfPart(files: File | File[] | undefined): File[] {
  if (files === undefined) return [];
  return Array.isArray(files) ? files : [files];
}
