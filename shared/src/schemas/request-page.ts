// The request page beyond the request's content: time at each level, what changed since it was returned, attachments,
// and where the request stands and what the caller may do with it, as the server judges both.
import { z } from 'zod';
import { STATE_HOLDERS } from '../machine/request-machine';
import { idParam } from './common';
import { MAX_ATTACHMENTS_ON_CREATE } from '../attachments/file-type';

const isoDateTime = z.string().describe('UTC ISO-8601 instant');

export const levelTimeSchema = z.object({
  level: z.number().int().min(1).max(8),
  workingDays: z.number().int().describe('Working days spent at this level, summed over every visit'),
  current: z.boolean().describe('The request waits at this level now'),
  targetDays: z.number().int().nullable().describe('The level’s target in working days; null for level 1 (the unit’s own time)'),
  overTarget: z.boolean(),
});

export const contentChangeSchema = z.object({
  field: z
    .string()
    .describe("'title', 'amountSatang', 'details.lines[1].toItem'; 'details.lines' for a line added (before null) or removed (after null)"),
  before: z.unknown(),
  after: z.unknown(),
});

export const changesSinceReturnedSchema = z
  .object({
    returnedAt: isoDateTime.nullable().describe('When it was last returned before the latest resubmission'),
    resubmittedAt: isoDateTime,
    changes: z.array(contentChangeSchema),
  })
  .nullable()
  .describe('What the unit changed between its previous submission and the latest resubmission; null if never resubmitted or not recorded');

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string().describe('Decided from the file’s own bytes, not from what the uploader’s browser claimed'),
  sizeBytes: z.number().int(),
  uploadedBy: z.object({ id: z.string(), displayName: z.string() }),
  uploadedAt: isoDateTime,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentUploadedSchema = attachmentSchema.extend({
  renamedFrom: z
    .string()
    .optional()
    .describe(
      'Present when the file was sent under another kind’s name (a PDF as budget.doc): the name it was sent as, before it was named for what it is',
    ),
});
/** An attachment as the request page lists it: with whether the caller may remove it now. */
export const attachmentOnPageSchema = attachmentSchema.extend({
  mayRemove: z.boolean().describe('The caller uploaded it and the request is still open: DELETE would succeed'),
});
export type AttachmentOnPage = z.infer<typeof attachmentOnPageSchema>;

export type AttachmentUploaded = z.infer<typeof attachmentUploadedSchema>;

export const attachmentUploadSchema = z.object({
  file: z.file().meta({
    type: 'string',
    format: 'binary',
    description:
      'PDF, PNG, JPEG, WebP, XLSX, ODS, XLS or UTF-8 CSV, at most 10 MiB; the type is read from the file’s bytes and the stored name ' +
      'is given that type’s extension; program and script names (.exe, .bat, .js, .html, .svg …) are refused',
  }),
});

const attachedFile = z.file().meta({ type: 'string', format: 'binary' });

/**
 * POST /api/requests/with-attachments: a new draft and its documents in one call. The draft travels as the JSON text
 * POST /api/requests takes, since a multipart body has no nested fields; it is read by createRequestBodySchema.
 */
export const createWithAttachmentsBodySchema = z.object({
  request: z
    .string()
    .max(1024 * 1024)
    .describe('The JSON text of the draft, exactly the body POST /api/requests takes (createRequestBody)'),
  files: z
    .union([attachedFile, z.array(attachedFile).max(MAX_ATTACHMENTS_ON_CREATE)])
    .optional()
    .describe(
      `The documents, one \`files\` part each, at most ${MAX_ATTACHMENTS_ON_CREATE}; each is checked as POST /api/requests/{id}/attachments checks one`,
    ),
});

export const attachmentParamsSchema = z.strictObject({ id: idParam, attachmentId: idParam });

/** Where the request stands (positionOf in shared/src/position), so no client works it out from the status again. */
export const positionSchema = z.object({
  holder: z.enum(STATE_HOLDERS).describe('Who holds it: its unit, the review level in `level`, the BMA Council, or nobody (closed)'),
  heldAtLevel: z
    .number()
    .int()
    .nullable()
    .describe('1 while with its unit, the review level while in review; null at the Council or once closed'),
  deskLevel: z
    .number()
    .int()
    .nullable()
    .describe('The level whose people have it in their inbox: the holding level, or 8 while the Council decides'),
  clockRunning: z.boolean().describe('The Budget Office’s clock runs: the wait counts against the level’s target and can be overdue'),
  editable: z.boolean().describe('Its unit may change its content (draft, returned)'),
  final: z.boolean().describe('Nothing moves it any more (approved, rejected, withdrawn)'),
  decided: z
    .boolean()
    .describe('A decision has been taken on it: approved, rejected, or approved by the Office and sent to the Council; not withdrawn'),
  bulkDecidable: z
    .boolean()
    .describe(
      'It may go in POST /api/requests/bulk-events (its state takes approve, return and reject): in review; never while it awaits the Council',
    ),
});
export type PositionView = z.infer<typeof positionSchema>;

/** One person with the request on their desk now: a holder of its desk level for its unit, or someone acting for one. */
export const positionHolderSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  phoneExtension: z.string().nullable().describe('Office telephone extension; null when not set'),
  acting: z.boolean().describe('Acts under an appointment running now, for a holder (actingFor) or at the level'),
  actingFor: z
    .object({ id: z.string(), displayName: z.string() })
    .nullable()
    .describe('The holder acted for; null for a holder, or acting at the level'),
});
export type PositionHolder = z.infer<typeof positionHolderSchema>;

/** Where an approval now would take the request (nextIfApproved in shared/src/position). */
export const nextStepSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('level'), level: z.number().int() }),
    z.object({ kind: z.literal('council') }),
    z.object({ kind: z.literal('approved') }),
  ])
  .nullable()
  .describe('To the next level, to the BMA Council, or approved; null when nobody can approve it now');
