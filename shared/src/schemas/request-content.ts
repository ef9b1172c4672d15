// What a budget unit fills in for each request type; the same schema checks the web form and the API body.
import { z, type core } from 'zod';
import { CATEGORIES, CENTRAL_FUND_ITEMS } from '../request-types';
import { fiscalYear, positiveSatang, satang } from './common';
import { isoDate } from './admin';
import { boundedText } from './text';

import { JUSTIFICATION_MAX, LETTER_NO_MAX, LINE_ITEM_MAX, MAX_TRANSFER_LINES, TITLE_MAX, TITLE_MIN } from '../limits';

export { JUSTIFICATION_MAX, LETTER_NO_MAX, LINE_ITEM_MAX, MAX_TRANSFER_LINES, TITLE_MAX, TITLE_MIN, TRANSFER_FLAGS } from '../limits';
export type { TransferFlag } from '../limits';

/**
 * A budget line the request names (issue 16): its id in the fiscal year's lines. Null where a request names none: one
 * imported from the old sheet, or a transfer's new item (B6), which its approval creates. Such a request is not checked
 * against a balance, and says so.
 */
const lineRef = z.uuid().nullable().default(null);

export const transferLineSchema = z.strictObject({
  fromItem: boundedText(1, LINE_ITEM_MAX),
  toItem: boundedText(1, LINE_ITEM_MAX),
  amountSatang: positiveSatang,
  fromLineId: lineRef,
  toLineId: lineRef,
});
export type TransferLine = z.infer<typeof transferLineSchema>;
/** A transfer line as sent: the line references may be left out. */
export type TransferLineInput = z.input<typeof transferLineSchema>;

export const allotmentDetailsSchema = z.strictObject({
  multiYear: z.boolean().default(false),
  outsidePlan: z.boolean().default(false),
  maxEquipmentUnitPriceSatang: satang.default(0),
  maxConstructionSatang: satang.default(0),
  /** The line the allotment releases money from. */
  lineId: lineRef,
});

export const transferDetailsSchema = z.strictObject({
  lines: z.array(transferLineSchema).max(MAX_TRANSFER_LINES).default([]),
  detailsOnly: z.boolean().default(false),
  crossCategory: z.boolean().default(false),
  crossPlan: z.boolean().default(false),
  createsNewItem: z.boolean().default(false),
  changesInvestmentNature: z.boolean().default(false),
  betweenUnits: z.boolean().default(false),
  newPlanOrProject: z.boolean().default(false),
  maxEquipmentUnitPriceSatang: satang.default(0),
  maxConstructionSatang: satang.default(0),
});

export const centralFundDetailsSchema = z.strictObject({
  item: z.enum(CENTRAL_FUND_ITEMS),
  /** The central-fund line the money leaves, and the unit's line it arrives on. */
  fundLineId: lineRef,
  receivingLineId: lineRef,
});

const commonFields = {
  fiscalYear,
  title: boundedText(TITLE_MIN, TITLE_MAX),
  justification: boundedText(0, JUSTIFICATION_MAX).default(''),
  amountSatang: satang,
  // The unit's letter the request goes out under: what the paper trail cites it by. Both optional (null when not given).
  letterNo: boundedText(1, LETTER_NO_MAX)
    .nullable()
    .default(null)
    .describe('The unit\'s letter number (เลขที่หนังสือ), as written: "กท 5101/1201"'),
  // "Not after today" is datedContentIssues' (below): a schema cannot know today, the server's clock does.
  letterDate: isoDate
    .nullable()
    .default(null)
    .describe('The date of that letter (ลงวันที่), a calendar date YYYY-MM-DD (CE), not after today (Bangkok, by the server’s clock)'),
};

const requestContentVariants = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('allotment'),
    ...commonFields,
    category: z.enum(CATEGORIES).exclude(['central']),
    details: allotmentDetailsSchema.default({
      multiYear: false,
      outsidePlan: false,
      maxEquipmentUnitPriceSatang: 0,
      maxConstructionSatang: 0,
      lineId: null,
    }),
  }),
  z.strictObject({
    type: z.literal('transfer'),
    ...commonFields,
    category: z.enum(CATEGORIES).exclude(['central']),
    details: transferDetailsSchema,
  }),
  z.strictObject({
    type: z.literal('central_fund'),
    ...commonFields,
    category: z.literal('central').default('central'),
    details: centralFundDetailsSchema,
  }),
]);

/** Message keys of the cross-field checks; the catalogue in messages.ts words them. */
export const CONTENT_RULES = {
  amountRequired: 'amount_required',
  transferUnbalanced: 'transfer_unbalanced',
  transferNeedsLines: 'transfer_needs_lines',
  letterDateFuture: 'letter_date_future',
} as const;

type IssuePath = readonly PropertyKey[];
const overlaps = (a: IssuePath, b: IssuePath) => a.every((key, i) => i >= b.length || b[i] === key);

/**
 * A cross-field rule runs when the fields it reads parsed cleanly, even while others failed (zod would otherwise skip
 * it after any failing field): an empty form's "save" shows every field's message at once, the amount's too.
 */
const whenSound =
  (...reads: IssuePath[]) =>
  (payload: { issues: readonly { path?: PropertyKey[] | undefined }[]; value: unknown }) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((issue) => !reads.some((path) => overlaps(issue.path ?? [], path)));

export const requestContentSchema = requestContentVariants
  .superRefine(
    (content, ctx) => {
      if (content.type !== 'transfer') return;
      const { lines, detailsOnly } = content.details;
      if (!detailsOnly && lines.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['details', 'lines'], message: CONTENT_RULES.transferNeedsLines });
      }
      const total = lines.reduce((sum, line) => sum + line.amountSatang, 0);
      // An amount of zero where money moves is the next rule's to name; "unbalanced" would only say it less plainly.
      if (total !== content.amountSatang && (content.amountSatang > 0 || detailsOnly)) {
        ctx.addIssue({ code: 'custom', path: ['amountSatang'], message: CONTENT_RULES.transferUnbalanced });
      }
    },
    { when: whenSound(['type'], ['amountSatang'], ['details', 'detailsOnly'], ['details', 'lines']) },
  )
  .superRefine(
    (content, ctx) => {
      // An amount is asked for unless the request moves no money: a details-only transfer.
      const needsAmount = content.type !== 'transfer' || !content.details.detailsOnly;
      if (needsAmount && content.amountSatang <= 0) {
        ctx.addIssue({ code: 'custom', path: ['amountSatang'], message: CONTENT_RULES.amountRequired });
      }
    },
    { when: whenSound(['type'], ['amountSatang'], ['details', 'detailsOnly']) },
  );

export type RequestContent = z.infer<typeof requestContentSchema>;

/**
 * The rules of a request's content that need today's date (Bangkok, YYYY-MM-DD), which a schema cannot know: a letter
 * is dated when it is signed, so never after today. Whoever holds the clock asks: the server with its own (deps.clock,
 * which tests set), the form with the browser's, as the same message ahead of the server's answer.
 */
export function datedContentIssues(content: { letterDate: string | null }, today: string): core.$ZodIssue[] {
  if (content.letterDate === null || content.letterDate <= today) return [];
  return [{ code: 'custom', path: ['letterDate'], message: CONTENT_RULES.letterDateFuture, input: content.letterDate }];
}
export type RequestContentInput = z.input<typeof requestContentSchema>;
export type RequestDetails = RequestContent['details'];
