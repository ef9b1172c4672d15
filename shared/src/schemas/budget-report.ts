// The budget office's reports on the lines (issue 16 item 5): GET /api/budget-report (a fiscal year's lines of the
// caller's units with their figures and a totals row), its CSV/XLSX export, and GET /api/budget-lines/{id} (one line's
// figures, its movement history and the requests pending on it).
import { z } from 'zod';
import { LEDGER_KINDS } from '../budget/ledger-rules';
import { CATEGORIES } from '../request-types';
import { exportFormatQuerySchema } from './api';
import { budgetLineSchema } from './budget';
import { fiscalYear, satang, unitCode } from './common';
import { boundedText } from './text';

export const budgetReportQuerySchema = z.strictObject({
  /** The fiscal year (BE); the current one when absent. */
  fiscalYear: z.coerce.number().pipe(fiscalYear).optional(),
  unit: unitCode.optional(),
  kind: z.enum(['unit', 'central']).optional(),
  category: z.enum(CATEGORIES).optional(),
  /** Searches code, plan, project and item, as the line picker does. */
  q: boundedText(1, 100).optional(),
});
export type BudgetReportQuery = z.infer<typeof budgetReportQuerySchema>;
export const budgetReportExportQuerySchema = budgetReportQuerySchema.extend(exportFormatQuerySchema.shape);

/** Sums over many lines: no per-request ceiling applies (a whole city's appropriation). */
const sum = z.number().int();

export const budgetReportTotalsSchema = z.object({
  lines: z.number().int().nonnegative(),
  appropriationSatang: sum,
  allottedSatang: sum,
  transferInSatang: sum,
  transferOutSatang: sum,
  centralInSatang: sum,
  centralOutSatang: sum,
  remainingSatang: sum,
  pendingCount: z.number().int().nonnegative(),
  pendingSatang: sum,
});
export type BudgetReportTotals = z.infer<typeof budgetReportTotalsSchema>;

export const budgetReportSchema = z.object({
  fiscalYear,
  /** Every line of the year within the caller's scope that the filters keep, by code. */
  lines: z.array(budgetLineSchema),
  totals: budgetReportTotalsSchema,
});
export type BudgetReport = z.infer<typeof budgetReportSchema>;

/** One movement on a line, with the request that caused it where the caller may see that request. */
export const budgetLineEntrySchema = z.object({
  id: z.string(),
  at: z.string().describe('UTC ISO-8601 instant'),
  kind: z.enum(LEDGER_KINDS),
  amountSatang: satang,
  /** The approved request that moved the money; null for the opening, or when the request is outside the caller's scope. */
  request: z.object({ id: z.string(), trackingNo: z.string(), title: z.string(), unitCode }).nullable(),
  /** True when a request moved it that the caller may not open (another unit's, on a central-fund or shared line). */
  requestOutOfScope: z.boolean(),
});
export type BudgetLineEntry = z.infer<typeof budgetLineEntrySchema>;

/** A request in review that names the line, within the caller's scope. */
export const budgetLinePendingRequestSchema = z.object({
  id: z.string(),
  trackingNo: z.string(),
  title: z.string(),
  unitCode,
  level: z.number().int(),
  status: z.string(),
  submittedAt: z.string().nullable(),
  role: z.enum(['draw', 'receive']),
  amountSatang: satang,
});
export type BudgetLinePendingRequest = z.infer<typeof budgetLinePendingRequestSchema>;

export const budgetLineDetailSchema = z.object({
  line: budgetLineSchema,
  /** Oldest first: the opening, then each approved request's movement. */
  entries: z.array(budgetLineEntrySchema),
  pendingRequests: z.array(budgetLinePendingRequestSchema),
});
export type BudgetLineDetail = z.infer<typeof budgetLineDetailSchema>;
