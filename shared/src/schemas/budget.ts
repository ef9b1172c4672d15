// The budget lines and the balance panel (issue 16): what GET /api/budget-lines and GET /api/requests/{id}/budget answer.
import { z } from 'zod';
import { CATEGORIES, CENTRAL_FUND_ITEMS } from '../request-types';
import { fiscalYear, satang, unitCode } from './common';
import { boundedText } from './text';

const isoDateTime = z.string().describe('UTC ISO-8601 instant');
/** A signed amount: a balance can only be below zero if the data were edited outside the app (verify-ledger says so). */
const signedSatang = z.number().int();

/** A line's sums by kind and what is left on it. */
export const lineTotalsSchema = z.object({
  appropriationSatang: satang,
  allottedSatang: satang,
  transferInSatang: satang,
  transferOutSatang: satang,
  centralInSatang: satang,
  centralOutSatang: satang,
  remainingSatang: signedSatang.describe('appropriation + transfers in + central fund in − transfers out − central fund out − allotted'),
});

/** Requests in review that draw on a line: they move nothing yet, but an approver must see them. */
export const pendingClaimsSchema = z.object({
  count: z.number().int().nonnegative(),
  amountSatang: satang,
  oldestSubmittedAt: isoDateTime.nullable(),
});

export const budgetLineSchema = z.object({
  id: z.uuid(),
  fiscalYear,
  kind: z.enum(['unit', 'central']),
  unitCode: unitCode.nullable(),
  code: z.string(),
  plan: z.string(),
  project: z.string(),
  category: z.enum(CATEGORIES),
  item: z.string(),
  centralItem: z.enum(CENTRAL_FUND_ITEMS).nullable(),
  totals: lineTotalsSchema,
  pending: pendingClaimsSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetLineListQuerySchema = z.strictObject({
  fiscalYear: z.coerce.number().pipe(fiscalYear).optional(),
  unit: unitCode.optional(),
  kind: z.enum(['unit', 'central']).optional(),
  q: boundedText(1, 100).optional(),
  /**
   * `scope` (the default): the lines of the caller's units and the central fund's. `all`: every line, those outside
   * the scope with their identity and appropriation only (a unit naming another unit's line as a transfer's destination).
   */
  reach: z.enum(['scope', 'all']).optional(),
  /** One line by its id (a form naming the line it saved, wherever it falls in a long list). */
  id: z.uuid().optional(),
});

/**
 * A line as the list gives it. Within the caller's scope, everything; outside it (only with `reach=all`) the line's
 * identity and appropriation, which the ordinance publishes, and no movements or pending claims, which come from
 * requests the caller may not see (decision record 0019).
 */
export const listedBudgetLineSchema = budgetLineSchema.extend({
  inScope: z.boolean(),
  appropriationSatang: satang,
  totals: lineTotalsSchema.nullable(),
  pending: pendingClaimsSchema.nullable(),
});
export type ListedBudgetLine = z.infer<typeof listedBudgetLineSchema>;
export const budgetLineListResponseSchema = z.object({ items: z.array(listedBudgetLineSchema) });

/** One line a request touches, as the reviewer sees it before deciding. */
export const requestBudgetLineSchema = budgetLineSchema.extend({
  role: z.enum(['draw', 'receive']),
  amountSatang: satang,
  /** What is left once this request is approved (for a line it draws on, remaining − amount; paid into, + amount). */
  afterSatang: signedSatang,
  /** For a line it draws on: whether what is left now covers the request. */
  enough: z.boolean(),
});

export const requestBudgetSchema = z.object({
  /** False when the request moves money on a line it does not name (imported from the old sheet): not checked. */
  checked: z.boolean(),
  /** True once the request's approval has moved the money (its entries are in the ledger). */
  posted: z.boolean(),
  lines: z.array(requestBudgetLineSchema),
});
export type RequestBudget = z.infer<typeof requestBudgetSchema>;

/** What the person deciding had before them, recorded with the event inside its hash (GET /api/requests/{id} history). */
export const seenAtDecisionSchema = z.object({
  /** The request's version the decision was taken on, and a SHA-256 of its content at that version. */
  version: z.number().int(),
  contentSha256: z.string(),
  lines: z.array(
    z.object({
      code: z.string(),
      item: z.string(),
      role: z.enum(['draw', 'receive']),
      amountSatang: satang,
      remainingSatang: signedSatang,
      pendingSatang: satang,
    }),
  ),
});
export type SeenAtDecision = z.infer<typeof seenAtDecisionSchema>;

/**
 * How the Office checks the money (GET/PUT /api/admin/budget-check): the review levels whose approval is refused when a
 * line it draws on is short (the final approval always is; other levels see a warning), and whether a submission
 * reserves its amount, so later submissions see it taken (released when returned, withdrawn or rejected).
 */
export const budgetCheckSettingsSchema = z.strictObject({
  enforceAtLevels: z
    .array(z.number().int().min(2).max(8))
    .max(7)
    .refine((levels) => new Set(levels).size === levels.length, { message: 'budget_levels_unique' }),
  reserveOnSubmit: z.boolean(),
});
export type BudgetCheckSettings = z.infer<typeof budgetCheckSettingsSchema>;
export const DEFAULT_BUDGET_CHECK: BudgetCheckSettings = { enforceAtLevels: [], reserveOnSubmit: false };

/** The columns of a budget-line sheet (POST /api/admin/budget-lines/import): our headers, as the sample file has them. */
export const BUDGET_LINE_COLUMNS = {
  fiscalYear: 'ปีงบประมาณ',
  unit: 'หน่วยรับงบประมาณ',
  code: 'รหัสรายการ',
  plan: 'แผนงาน',
  project: 'งาน/โครงการ',
  category: 'งบรายจ่าย',
  item: 'รายการ',
  centralItem: 'รายการงบกลาง',
  amount: 'จำนวนเงิน (บาท)',
} as const;
export type BudgetLineColumn = keyof typeof BUDGET_LINE_COLUMNS;

export const budgetLineImportUploadSchema = z.object({
  file: z
    .file()
    .meta({ type: 'string', format: 'binary', description: 'CSV (UTF-8) or XLSX with the columns of BUDGET_LINE_COLUMNS, at most 5 MiB' }),
});

export const budgetLineImportPreviewSchema = z.object({
  fileName: z.string(),
  totalRows: z.number().int(),
  /** The sheet's missing columns, by their header: nothing is read without them. */
  missingColumns: z.array(z.string()),
  accepted: z.array(
    z.object({
      row: z.number().int(),
      fiscalYear,
      kind: z.enum(['unit', 'central']),
      unitCode: unitCode.nullable(),
      code: z.string(),
      item: z.string(),
      appropriationSatang: satang,
    }),
  ),
  refused: z.array(z.object({ row: z.number().int(), reasons: z.array(z.string()) })),
});
export type BudgetLineImportPreview = z.infer<typeof budgetLineImportPreviewSchema>;
export const budgetLineImportResultSchema = budgetLineImportPreviewSchema.extend({ imported: z.number().int() });

/** A sum over many lines: may pass MAX_SATANG (the Office's whole budget), never below zero unless data were edited. */
const sumSatang = z.number().int();

/** Lines of one kind added up: their sums by kind, what is left, and what requests in review draw on them. */
export const budgetTotalsSchema = z.object({
  lines: z.number().int().nonnegative(),
  appropriationSatang: sumSatang,
  allottedSatang: sumSatang,
  transferInSatang: sumSatang,
  transferOutSatang: sumSatang,
  centralInSatang: sumSatang,
  centralOutSatang: sumSatang,
  remainingSatang: sumSatang.describe('Σ remaining of the lines (remainingOf each line)'),
  pending: z.object({
    claims: z.number().int().nonnegative().describe('Pending draw claims on these lines (a request drawing on two lines counts twice)'),
    amountSatang: sumSatang,
  }),
});
export type BudgetTotals = z.infer<typeof budgetTotalsSchema>;

/** The dashboard's money (GET /api/overview `budget`): the fiscal year's totals and the lines closest to empty. */
export const budgetOverviewSchema = z.object({
  fiscalYear,
  units: budgetTotalsSchema.describe('The units’ lines in the caller’s overview scope'),
  central: budgetTotalsSchema.describe('The central-fund items (งบกลาง)'),
  closestToEmpty: z
    .array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['unit', 'central']),
        unitCode: unitCode.nullable(),
        code: z.string(),
        item: z.string(),
        appropriationSatang: sumSatang,
        remainingSatang: sumSatang,
        pendingSatang: sumSatang,
        leftPercent: z.number().describe('remaining ÷ appropriation × 100, one decimal (rounded half up)'),
      }),
    )
    .describe('Up to 10 lines with an appropriation, lowest remaining ÷ appropriation first (then code)'),
});
export type BudgetOverview = z.infer<typeof budgetOverviewSchema>;
