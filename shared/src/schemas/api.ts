// Every API payload and response, as zod schemas: the server validates with them, the web builds forms from them.
import { z } from 'zod';
import { LIST_SEARCH_MAX, MAX_COMMENT_LENGTH } from '../limits';
import { CATEGORIES, CENTRAL_FUND_ITEMS, REQUEST_TYPES } from '../request-types';
import { COUNCIL_MODES, HISTORY_EVENT_TYPES, REQUEST_EVENT_TYPES, REQUEST_STATUSES } from '../status';
import { fiscalYear, idParam, satang, unitCode } from './common';
import { boundedText } from './text';
import { requestContentSchema } from './request-content';
import { actingCapacitySchema, actingOrderSchema } from './appointments';
import {
  attachmentOnPageSchema,
  changesSinceReturnedSchema,
  levelTimeSchema,
  nextStepSchema,
  positionHolderSchema,
  positionSchema,
} from './request-page';
import { predictionSchema } from './timeliness';
import { seenAtDecisionSchema } from './budget';
import { lastReturnSchema, personRefSchema } from './request-return';

const bilingual = z.object({ th: z.string(), en: z.string() });
const isoDateTime = z.string().describe('UTC ISO-8601 instant');

/** GET /api/health: the process answers (liveness); it says nothing of the database. */
export const healthResponseSchema = z.object({ ok: z.literal(true) });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('In the caller’s language: Thai unless Accept-Language asks for English'),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const loginBodySchema = z.strictObject({
  username: boundedText(1, 100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/**
 * The pages the signed-in person may open, each answered on the server by the rule its routes refuse by; the web
 * shows and hides by these alone and never works a permission out from a level.
 */
export const sessionPagesSchema = z.object({
  newRequest: z.boolean().describe('Create requests (POST /api/requests): a budget unit’s staff'),
  reviewInbox: z.boolean().describe('Decide requests, bulk decisions included (POST /api/requests/bulk-events): levels 2–8, acting counts'),
  overview: z.boolean().describe('The dashboard (GET /api/overview): levels 4–8, acting counts, and administrators'),
  councilReport: z
    .boolean()
    .describe('The year-end report to the Council (GET /api/council-report): levels 5–8, acting counts, and administrators'),
  administration: z
    .boolean()
    .describe(
      'The administration screens and their calls (users, units, rules, holidays, targets, surveys, imports, webhooks…): administrators',
    ),
});
export type SessionPages = z.infer<typeof sessionPagesSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  level: z.number().int().nullable(),
  unitCode: z.string().nullable(),
  isAdmin: z.boolean(),
  scope: z.object({ allUnits: z.boolean(), unitCodes: z.array(z.string()) }),
  acting: z.array(actingCapacitySchema),
  pages: sessionPagesSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
export const sessionResponseSchema = z.object({ user: sessionUserSchema });
export const reauthBodySchema = z.strictObject({ password: z.string().min(1).max(200) });

export const requestIdParamsSchema = z.strictObject({ id: idParam });

export const MAX_PAGE_SIZE = 100;
/** The list's filters: the list, its exports and anything else that lists requests share them. */
const requestListFilters = {
  type: z.enum(REQUEST_TYPES).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  level: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .optional()
    .describe(
      'Held at this level now: 1 while with its unit (draft, returned), 2–8 while in review there; a request awaiting the Council or closed is held at none',
    ),
  unit: unitCode.optional(),
  fiscalYear: z.coerce.number().pipe(fiscalYear).optional(),
  q: boundedText(1, LIST_SEARCH_MAX).optional().describe("Tracking number, words of the title, or part of the unit's letter number"),
  createdFrom: z.iso.date().optional().describe('Created on or after this Bangkok calendar date (YYYY-MM-DD)'),
  createdTo: z.iso.date().optional().describe('Created on or before this Bangkok calendar date (YYYY-MM-DD)'),
  overdue: z
    .literal('true')
    .optional()
    .describe('Only requests the Office holds past their level’s target (in review, working days > target); never a Council wait'),
  firstPass: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: never returned to the unit; false: returned at least once (a send-back between levels is not a return)'),
  submittedMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .describe('First submitted in this Bangkok calendar month (YYYY-MM, CE)'),
  submittedFiscalYear: z.coerce
    .number()
    .pipe(fiscalYear)
    .optional()
    .describe('First submitted during this BE fiscal year (1 Oct–30 Sep, Bangkok)'),
  decidedFiscalYear: z.coerce
    .number()
    .pipe(fiscalYear)
    .optional()
    .describe('Finally decided (approved, rejected, withdrawn) during this BE fiscal year'),
};
const createdRangeInOrder = (q: { createdFrom?: string | undefined; createdTo?: string | undefined }) =>
  !q.createdFrom || !q.createdTo || q.createdFrom <= q.createdTo;

export const requestListQuerySchema = z
  .strictObject({
    ...requestListFilters,
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  })
  .refine(createdRangeInOrder, { message: 'created_range_reversed', path: ['createdTo'] });
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;
export type RequestListFilters = Omit<RequestListQuery, 'cursor' | 'limit'>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const exportFormat = z.enum(EXPORT_FORMATS).describe('csv: UTF-8 with BOM; xlsx: Thai headers, BE dates, money in baht');

export const requestExportQuerySchema = z
  .strictObject({ ...requestListFilters, format: exportFormat })
  .refine(createdRangeInOrder, { message: 'created_range_reversed', path: ['createdTo'] });
export type RequestExportQuery = z.infer<typeof requestExportQuerySchema>;

export const exportFormatQuerySchema = z.strictObject({ format: exportFormat });

export const requestSummarySchema = z.object({
  id: z.string(),
  trackingNo: z.string(),
  type: z.enum(REQUEST_TYPES),
  unitCode: z.string(),
  unitName: bilingual,
  fiscalYear: z.number().int(),
  title: z.string(),
  letterNo: z.string().nullable().describe("The unit's letter number (เลขที่หนังสือ); null when not given"),
  letterDate: z.string().nullable().describe('The date of that letter, YYYY-MM-DD (CE); null when not given'),
  amountSatang: satang,
  category: z.enum(CATEGORIES),
  status: z.enum(REQUEST_STATUSES),
  level: z.number().int(),
  finalLevel: z.number().int().nullable(),
  council: z.enum(COUNCIL_MODES),
  levelEnteredAt: isoDateTime,
  position: positionSchema,
  heldBy: z
    .array(positionHolderSchema)
    .describe(
      'The people with it on their desk now (position.deskLevel for its unit), holders first, then who acts for them; empty once closed',
    ),
  decidedAt: isoDateTime.nullable().describe('When it was finally decided (approved, rejected, withdrawn); null while open'),
  workingDaysAtLevel: z
    .number()
    .int()
    .describe('Working days waited where it is now (at its level, or at the Council) so far; 0 once closed'),
  targetDays: z
    .number()
    .int()
    .nullable()
    .describe(
      'Target working days at the level holding it; null unless the Office’s clock runs (never for the unit’s time or a Council wait)',
    ),
  overdue: z.boolean().describe('The Office’s clock runs and the wait has passed the target'),
  version: z.number().int().describe('Send it back with a decision: a stale version gets 409'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestListResponseSchema = z.object({
  items: z.array(requestSummarySchema),
  nextCursor: z.string().nullable(),
});
export type RequestListResponse = z.infer<typeof requestListResponseSchema>;

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  type: z.enum(HISTORY_EVENT_TYPES),
  fromStatus: z.enum(REQUEST_STATUSES),
  toStatus: z.enum(REQUEST_STATUSES),
  fromLevel: z.number().int(),
  toLevel: z.number().int(),
  actor: personRefSchema,
  onBehalfOf: personRefSchema.nullable(),
  appointment: actingOrderSchema.nullable().describe('The appointment and order under which the actor decided, when acting'),
  comment: z.string().nullable(),
  at: isoDateTime,
  /** What the person had before them when they acted (version, content digest, balances); null on older events. */
  seen: seenAtDecisionSchema.nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const requestViewSchema = requestSummarySchema.extend({
  justification: z.string(),
  details: z.record(z.string(), z.unknown()),
  content: requestContentSchema
    .nullable()
    .describe(
      'The content as the unit wrote it, typed by its kind (type, title, amount, details …): what an edit form starts from. ' +
        'null for a stored request the current rules no longer read (the page then shows its summary and history only)',
    ),
  ruleId: z.string().nullable(),
  routeReason: bilingual.nullable(),
  submittedAt: isoDateTime.nullable(),
  allowedActions: z.array(z.enum(REQUEST_EVENT_TYPES)),
  mayEdit: z.boolean().describe('The caller may change the content now: PUT /api/requests/{id} would not be refused'),
  mayAttach: z.boolean().describe('The caller may add a file now: POST /api/requests/{id}/attachments would not be refused'),
  nextIfApproved: nextStepSchema,
  history: z.array(historyEntrySchema),
  levelTimes: z.array(levelTimeSchema).describe('Working days spent at each level the request has been at, against its target'),
  changesSinceReturned: changesSinceReturnedSchema,
  lastReturn: lastReturnSchema,
  attachments: z.array(attachmentOnPageSchema).describe('Attachments not removed, oldest first'),
  prediction: predictionSchema.nullable(),
});
export type RequestView = z.infer<typeof requestViewSchema>;

export const createRequestBodySchema = requestContentSchema;
export const updateRequestBodySchema = z.strictObject({
  version: z.number().int().min(1),
  content: requestContentSchema,
});

export const requestEventBodySchema = z.strictObject({
  type: z.enum(REQUEST_EVENT_TYPES),
  comment: boundedText(0, MAX_COMMENT_LENGTH).optional(),
  version: z.number().int().min(1),
});
export type RequestEventBody = z.infer<typeof requestEventBodySchema>;

/** The inbox's counts stop at this many: beyond it the home page says "more than 1,000" instead of counting on. */
export const INBOX_COUNT_CAP = 1000;

export const inboxQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

const inboxCountSchema = z.object({
  count: z.number().int().min(0).describe(`Exact up to ${INBOX_COUNT_CAP}; at the cap when there are more`),
  exact: z.boolean().describe(`false when there are more than ${INBOX_COUNT_CAP}`),
});
export type InboxCount = z.infer<typeof inboxCountSchema>;

export const inboxResponseSchema = z.object({
  items: z.array(requestSummarySchema).describe('One page, the longest waiting at their level first'),
  nextCursor: z.string().nullable(),
  waiting: inboxCountSchema.describe('Everything waiting for the caller, on every page'),
  overdue: inboxCountSchema.describe('Those of them past their level’s target'),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;

export const budgetUnitSchema = z.object({
  code: z.string(),
  kind: z.string(),
  name: bilingual,
  group: bilingual.nullable(),
});
export const budgetUnitsResponseSchema = z.object({ items: z.array(budgetUnitSchema) });

export const centralFundItemsSchema = z.array(z.enum(CENTRAL_FUND_ITEMS));
