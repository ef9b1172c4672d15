// The request page beyond the request's content: time at each level, what changed since it was returned, attachments.
import { z } from 'zod';
import { idParam } from './common';

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

export const attachmentParamsSchema = z.strictObject({ id: idParam, attachmentId: idParam });
