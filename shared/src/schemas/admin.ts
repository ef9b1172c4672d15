// The administration API's payloads and responses: users, the organisation, budget units, routing rules, holidays, the audit log.
import { z } from 'zod';
import { routingRuleSchema } from '../routing/rules';
import { unitCode } from './common';
import { phoneExtensionInput } from './contact';
import { boundedText } from './text';

const bilingual = z.object({ th: z.string(), en: z.string() });
const isoDateTime = z.string().describe('UTC ISO-8601 instant');
/** Ids of users, sections and divisions: the demo and tests use readable ids, the server UUIDs. */
const entityId = z.string().min(1).max(64);
const level = z.number().int().min(1).max(8);
/** Every budget unit fits comfortably; the bound only stops absurd bodies. */
const unitCodeList = z.array(unitCode).max(200);

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 10;
const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);
const displayName = boundedText(1, 200);

// ---- users ----
export const adminUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phoneExtension: z.string().nullable().describe('Office telephone extension, shown with the person wherever they hold a request'),
  level: z.number().int().nullable(),
  unitCode: z.string().nullable(),
  sectionId: z.string().nullable(),
  divisionId: z.string().nullable(),
  isAdmin: z.boolean(),
  active: z.boolean(),
  portfolio: z.array(z.string()).describe('Units in an analyst’s (level 2) portfolio'),
  executiveScope: z.array(z.string()).describe('Units assigned to an executive (levels 5–8); empty means every unit'),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserListQuerySchema = z.strictObject({
  q: boundedText(1, 100).optional().describe('Part of the username or display name'),
  level: z.coerce.number().int().min(1).max(8).optional(),
  unit: unitCode.optional().describe('Staff of this budget unit (its code, e.g. K01)'),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  cursor: z.string().max(100).optional().describe('The last username of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type AdminUserListQuery = z.infer<typeof adminUserListQuerySchema>;
export const adminUserListResponseSchema = z.object({ items: z.array(adminUserSchema), nextCursor: z.string().nullable() });

export const userIdParamsSchema = z.strictObject({ id: entityId });

export const createUserBodySchema = z.strictObject({
  username: z.string().regex(USERNAME_PATTERN),
  displayName,
  phoneExtension: phoneExtensionInput.optional(),
  password,
  level: level.nullable(),
  isAdmin: z.boolean().default(false),
  unitCode: unitCode.nullable().optional(),
  sectionId: entityId.nullable().optional(),
  divisionId: entityId.nullable().optional(),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  displayName: displayName.optional(),
  phoneExtension: phoneExtensionInput.optional(),
  level: level.nullable().optional(),
  unitCode: unitCode.nullable().optional(),
  sectionId: entityId.nullable().optional(),
  divisionId: entityId.nullable().optional(),
  active: z.boolean().optional(),
  executiveScope: unitCodeList.optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.strictObject({ password });
export const portfolioBodySchema = z.strictObject({ unitCodes: unitCodeList });

// ---- organisation ----
export const orgSectionSchema = z.object({ id: z.string(), name: bilingual });
export const orgDivisionSchema = z.object({ id: z.string(), name: bilingual, sections: z.array(orgSectionSchema) });
export const orgResponseSchema = z.object({ divisions: z.array(orgDivisionSchema) });

// ---- budget units ----
export const UNIT_KINDS = ['district', 'department'] as const;
export const adminUnitSchema = z.object({
  code: z.string(),
  kind: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  groupTh: z.string().nullable(),
  groupEn: z.string().nullable(),
  active: z.boolean(),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;
export const adminUnitListResponseSchema = z.object({ items: z.array(adminUnitSchema) });
export const unitCodeParamsSchema = z.strictObject({ code: unitCode });

const unitName = boundedText(1, 200);
const groupName = boundedText(1, 100).nullable().optional();
export const createUnitBodySchema = z.strictObject({
  code: unitCode,
  kind: z.enum(UNIT_KINDS),
  nameTh: unitName,
  nameEn: unitName,
  groupTh: groupName,
  groupEn: groupName,
});
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;
export const updateUnitBodySchema = z.strictObject({
  nameTh: unitName.optional(),
  nameEn: unitName.optional(),
  groupTh: groupName,
  groupEn: groupName,
  active: z.boolean().optional(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;

// ---- routing rules ----
export const MAX_ROUTING_RULES = 100;
export const replaceRoutingRulesBodySchema = z.strictObject({
  rules: z
    .array(routingRuleSchema)
    .min(1)
    .max(MAX_ROUTING_RULES)
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((rule, index) => {
        if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_rule_id', path: [index, 'id'] });
        seen.add(rule.id);
      });
    }),
});
export type ReplaceRoutingRulesBody = z.infer<typeof replaceRoutingRulesBodySchema>;
export const routingRulesResponseSchema = z.object({ items: z.array(routingRuleSchema) });

// ---- public holidays ----
export const HOLIDAY_KINDS = ['fixed', 'lunar', 'substitution', 'special'] as const;
/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const holidaySchema = z.object({
  date: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  substitutes: z.string().nullable().describe('For a substitution day, the weekend holiday it stands in for'),
});
export type Holiday = z.infer<typeof holidaySchema>;
export const holidayListQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('Christian-era year; all years when absent'),
});
export const holidayListResponseSchema = z.object({ items: z.array(holidaySchema) });
export const holidayDateParamsSchema = z.strictObject({ date: isoDate });
const holidayFields = {
  nameTh: boundedText(1, 200),
  nameEn: boundedText(1, 200),
  kind: z.enum(HOLIDAY_KINDS),
  substitutes: isoDate.nullable().optional().describe('Substitution days only: the holiday it stands in for'),
};
const substitutesOnlyOnSubstitution = (h: { kind: string; substitutes?: string | null | undefined }) =>
  !h.substitutes || h.kind === 'substitution';
export const createHolidayBodySchema = z
  .strictObject({ date: isoDate, ...holidayFields })
  .refine(substitutesOnlyOnSubstitution, { message: 'substitutes_needs_substitution', path: ['substitutes'] });
export type CreateHolidayBody = z.infer<typeof createHolidayBodySchema>;
export const updateHolidayBodySchema = z
  .strictObject(holidayFields)
  .refine(substitutesOnlyOnSubstitution, { message: 'substitutes_needs_substitution', path: ['substitutes'] });
export type UpdateHolidayBody = z.infer<typeof updateHolidayBodySchema>;

export const generatedHolidaysQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).describe('Christian-era year'),
});
export const generateHolidaysBodySchema = z.strictObject({ year: z.number().int().min(1900).max(2200).describe('Christian-era year') });
export const generatedHolidaySchema = holidaySchema.extend({
  exists: z.boolean().describe('A holiday is already recorded on this date; adding leaves it as it is'),
});
export const generatedHolidaysResponseSchema = z.object({ items: z.array(generatedHolidaySchema) });
export const generateHolidaysResponseSchema = z.object({ added: z.array(holidaySchema) });

// ---- audit log and history verification ----
export const MAX_AUDIT_PAGE = 100;
export const auditListQuerySchema = z.strictObject({
  entityType: boundedText(1, 40).optional(),
  entityId: boundedText(1, 100).optional(),
  cursor: z.coerce.number().int().positive().optional().describe('The seq of the last entry of the previous page'),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
export const auditEntrySchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  actor: z.object({ id: z.string(), displayName: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().describe('The entity before the change; null when it was created'),
  after: z.unknown().describe('The entity after the change; null when it was removed'),
  at: isoDateTime,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListResponseSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });

export const historyVerificationSchema = z.object({
  ok: z.boolean(),
  requestsChecked: z.number().int(),
  eventsChecked: z.number().int(),
  auditEntriesChecked: z.number().int(),
  broken: z.array(
    z.object({
      chain: z.enum(['request', 'audit']),
      chainName: z.string().describe('The request’s tracking number, or "audit"'),
      entryId: z.string(),
      seq: z.number().int(),
      problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'sequence_gap']),
    }),
  ),
});
