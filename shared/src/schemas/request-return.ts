// Who sent a request back and why: what the request page shows first, and what a notice names.
import { z } from 'zod';

const isoDateTime = z.string().describe('UTC ISO-8601 instant');

/** A person as the API names them. */
export const personRefSchema = z.object({ id: z.string(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const lastReturnSchema = z
  .object({
    type: z.enum(['RETURN', 'SEND_BACK']).describe('RETURN: to its unit for revision; SEND_BACK: to a lower review level'),
    by: personRefSchema,
    onBehalfOf: personRefSchema.nullable().describe('The holder the returner acted for, when acting'),
    level: z.number().int().describe('The level at which it was returned (the returner’s)'),
    toLevel: z.number().int().describe('The level it was returned to (1: its unit)'),
    comment: z.string().describe('Why, as written (a return always carries a comment)'),
    at: isoDateTime,
  })
  .nullable()
  .describe('The return or send-back that put the request where it is now; null once it has moved on since, or never returned');
export type LastReturn = z.infer<typeof lastReturnSchema>;
