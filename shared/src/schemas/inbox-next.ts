// GET /api/inbox/next: the item after one the caller has just decided, in their inbox's order, for "decide and go on".
import { z } from 'zod';
import { idParam } from './common';

export const inboxNextQuerySchema = z.strictObject({
  after: idParam.describe('The request just decided; never answered itself'),
  enteredAt: z.iso
    .datetime()
    .describe('When that request had reached the caller’s level (its levelEnteredAt before the decision): its place in the inbox'),
});
export type InboxNextQuery = z.infer<typeof inboxNextQuerySchema>;

export const inboxNextResponseSchema = z.object({
  next: z
    .object({ id: z.string(), trackingNo: z.string() })
    .nullable()
    .describe('The next waiting request after that place, or the first one when none comes after it; null when nothing waits'),
});
export type InboxNextResponse = z.infer<typeof inboxNextResponseSchema>;
