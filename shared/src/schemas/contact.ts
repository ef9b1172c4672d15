// How a person is reached by telephone at the office: their extension, set by themselves or an administrator, and shown
// beside their name wherever they hold a request.
import { z } from 'zod';
import { MAX_PHONE_EXTENSION_LENGTH } from '../limits';

/** Digits, with spaces, hyphens, commas or slashes between groups: "1234", "1234, 1235", "0 2224 1234 ต่อ" is refused. */
const PHONE_EXTENSION_PATTERN = /^[0-9]+(?:[ ,/-]+[0-9]+)*$/;
export const PHONE_EXTENSION_RULE = 'phone_extension_format';

/** An extension as sent: trimmed; empty clears it. */
export const phoneExtensionInput = z
  .string()
  .trim()
  // One rule for the length and the characters, so the person reads one sentence saying both.
  .refine((v) => v === '' || (v.length <= MAX_PHONE_EXTENSION_LENGTH && PHONE_EXTENSION_PATTERN.test(v)), {
    message: PHONE_EXTENSION_RULE,
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .describe('Office telephone extension: digits, with spaces, hyphens, commas or slashes between groups; at most 20 characters');

export const contactDetailsSchema = z.object({
  phoneExtension: z.string().nullable().describe('Office telephone extension; null when not set'),
});
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

export const updateContactDetailsBodySchema = z.strictObject({ phoneExtension: phoneExtensionInput });
export type UpdateContactDetailsBody = z.input<typeof updateContactDetailsBodySchema>;
