// The request-list query behind each figure of the oversight dashboard: the web links a figure to /requests?<query>,
// and the API tests call GET /api/requests with the same query and expect exactly the requests the figure counted.
import type { RequestType } from '../request-types';

export type ListLinkQuery = Record<string, string>;

export const oversightLinks = {
  /** Waiting now at a review level (its count, median and 90th percentile are all of these requests). */
  waitingAt: (level: number, unit?: string): ListLinkQuery => ({ status: 'in_review', level: String(level), ...(unit ? { unit } : {}) }),
  /** Of those, the ones past their level's target. */
  overdueAt: (level: number, unit?: string): ListLinkQuery => ({ ...oversightLinks.waitingAt(level, unit), overdue: 'true' }),
  /** Passed level 8 and waiting for the BMA Council's decision. */
  awaitingCouncil: (unit?: string): ListLinkQuery => ({ status: 'awaiting_council', ...(unit ? { unit } : {}) }),
  /** Approved during the fiscal year (the first-pass yield's denominator). */
  approvedIn: (fiscalYear: number, unit: string): ListLinkQuery => ({ status: 'approved', unit, decidedFiscalYear: String(fiscalYear) }),
  /** Approved during the fiscal year without ever being returned to the unit (the numerator). */
  approvedFirstPassIn: (fiscalYear: number, unit: string): ListLinkQuery => ({
    ...oversightLinks.approvedIn(fiscalYear, unit),
    firstPass: 'true',
  }),
  /** First submitted in a Bangkok calendar month ("YYYY-MM"). */
  submittedInMonth: (month: string, type?: RequestType): ListLinkQuery => ({ submittedMonth: month, ...(type ? { type } : {}) }),
  /** First submitted during the fiscal year. */
  submittedInYear: (fiscalYear: number, type?: RequestType): ListLinkQuery => ({
    submittedFiscalYear: String(fiscalYear),
    ...(type ? { type } : {}),
  }),
};
