// Bulk decisions: one decision type applied to several requests, each checked and recorded on its own.
import { z } from 'zod';
import { MAX_BULK_ITEMS, MAX_COMMENT_LENGTH } from '../limits';
import { BULK_EVENT_TYPES } from '../status';
import { boundedText } from './text';

export const bulkEventBodySchema = z.strictObject({
  type: z.enum(BULK_EVENT_TYPES),
  comment: boundedText(0, MAX_COMMENT_LENGTH).optional().describe('One comment for every item; RETURN and REJECT need one'),
  items: z
    .array(z.strictObject({ id: z.string().uuid(), version: z.number().int().min(1) }))
    .min(1)
    .max(MAX_BULK_ITEMS)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'duplicate_items' }),
});
export type BulkEventBody = z.infer<typeof bulkEventBodySchema>;

export const bulkEventResultSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.string(), ok: z.literal(true), status: z.string(), level: z.number().int(), version: z.number().int() }),
  z.object({ id: z.string(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type BulkEventResult = z.infer<typeof bulkEventResultSchema>;

export const bulkEventResponseSchema = z.object({
  results: z.array(bulkEventResultSchema).describe('One per item, in the order given'),
});
export type BulkEventResponse = z.infer<typeof bulkEventResponseSchema>;
