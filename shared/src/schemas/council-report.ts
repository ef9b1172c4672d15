// The year-end report to the BMA Council (สภากรุงเทพมหานคร) for one fiscal year: the central-fund decisions that
// their rule says are reported (council 'report'), and every request that went to the Council for approval.
import { z } from 'zod';
import { CENTRAL_FUND_ITEMS, REQUEST_TYPES } from '../request-types';
import { fiscalYear } from './common';

export const councilReportQuerySchema = z.strictObject({
  fiscalYear: z.coerce.number().pipe(fiscalYear).describe('BE fiscal year, e.g. 2568 (1 October 2567 – 30 September 2568, Bangkok time)'),
});
export type CouncilReportQuery = z.infer<typeof councilReportQuerySchema>;

/** Where a reported request stands now: decided, or still before the Council, or withdrawn by its unit. */
export const COUNCIL_REPORT_OUTCOMES = ['approved', 'rejected', 'awaiting_council', 'withdrawn'] as const;
export type CouncilReportOutcome = (typeof COUNCIL_REPORT_OUTCOMES)[number];

const bilingual = z.object({ th: z.string(), en: z.string() });

export const councilReportRowSchema = z.object({
  id: z.string(),
  trackingNo: z.string(),
  type: z.enum(REQUEST_TYPES),
  unitCode: z.string(),
  unitName: bilingual,
  centralFundItem: z.enum(CENTRAL_FUND_ITEMS).nullable().describe('Central-fund requests only'),
  title: z.string(),
  amountSatang: z.number().int().describe('The amount requested, integer satang'),
  ruleId: z.string().nullable().describe('The routing rule the request was routed by at submission'),
  submittedAt: z.string().nullable().describe('First submission, UTC ISO-8601'),
  councilSubmittedAt: z
    .string()
    .nullable()
    .describe('When it reached the Council (status awaiting_council); null for central-fund decisions that never went there'),
  decidedAt: z
    .string()
    .nullable()
    .describe('The final decision (approve, reject or withdraw), UTC ISO-8601; null while awaiting the Council'),
  outcome: z.enum(COUNCIL_REPORT_OUTCOMES),
  decidedAtLevel: z
    .number()
    .int()
    .nullable()
    .describe('The level that took the final decision (8 for the Council’s, recorded at level 8); null while awaiting or when withdrawn'),
  decidedByCouncil: z.boolean().describe('The decision is the Council’s resolution'),
});
export type CouncilReportRow = z.infer<typeof councilReportRowSchema>;

export const councilReportTotalsSchema = z.object({
  count: z.number().int(),
  amountSatang: z.number().int(),
  approvedCount: z.number().int(),
  approvedSatang: z.number().int(),
  rejectedCount: z.number().int(),
  rejectedSatang: z.number().int(),
  awaitingCount: z.number().int(),
  awaitingSatang: z.number().int(),
  withdrawnCount: z.number().int(),
  withdrawnSatang: z.number().int(),
});
export type CouncilReportTotals = z.infer<typeof councilReportTotalsSchema>;

/**
 * The central-fund part's totals as the budget ledger has them (issue 16): per item, the approved requests' amounts
 * beside the ledger's central_out entries of the year for the same requests, and whether they agree.
 */
export const councilLedgerSchema = z.object({
  byItem: z
    .array(
      z.object({
        item: z.enum(CENTRAL_FUND_ITEMS),
        requestsSatang: z.number().int().describe('The approved rows of this item (part 1): their amounts added up'),
        ledgerSatang: z.number().int().describe('central_out entries of the year on this item’s lines, for those requests'),
      }),
    )
    .describe('Every central-fund item, zeros included'),
  centralOutSatang: z.number().int().describe('All central_out entries of the year for part 1’s requests'),
  centralInSatang: z.number().int().describe('All central_in entries of the year for the same requests (what the units received)'),
  agrees: z.boolean().describe('Every item’s ledger sum equals its requests’ and what went out equals what came in'),
});
export type CouncilLedger = z.infer<typeof councilLedgerSchema>;

export const councilReportSchema = z.object({
  fiscalYear: z.number().int(),
  periodStart: z.string().describe('1 October, 00:00 Bangkok time, as UTC ISO-8601 (inclusive)'),
  periodEnd: z.string().describe('The next 1 October, 00:00 Bangkok time, as UTC ISO-8601 (exclusive)'),
  generatedAt: z.string(),
  allUnits: z.boolean().describe('false when the caller’s scope is limited to assigned agencies: the report covers only those'),
  centralFund: z.object({
    rows: z
      .array(councilReportRowSchema)
      .describe(
        'Central-fund requests routed by a rule with council "report", approved or rejected within the year (by the date of that decision); oldest decision first',
      ),
    byItem: z
      .array(councilReportTotalsSchema.extend({ item: z.enum(CENTRAL_FUND_ITEMS) }))
      .describe('Every central-fund item, zeros included'),
    total: councilReportTotalsSchema,
    ledger: councilLedgerSchema,
  }),
  council: z.object({
    rows: z
      .array(councilReportRowSchema)
      .describe('Requests that reached the Council (awaiting_council) within the year, whatever they became since; oldest first'),
    byType: z.array(councilReportTotalsSchema.extend({ type: z.enum(REQUEST_TYPES) })).describe('The request types that occur'),
    total: councilReportTotalsSchema,
  }),
});
export type CouncilReport = z.infer<typeof councilReportSchema>;
