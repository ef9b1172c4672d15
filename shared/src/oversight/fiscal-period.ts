// The fiscal year as a span of time: 1 October to 30 September in Bangkok, named by its BE year (DOMAIN.md §7),
// and its twelve calendar months, as UTC instants that stored ISO-8601 text can be compared with.
import { BE_OFFSET } from '../format/thai-date';
import { bangkokDayStartUtc } from '../bangkok-time';

/** "2025-10" … "2026-09" for fiscal year 2569: the CE calendar months of the year, October first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const firstYear = fiscalYear - BE_OFFSET - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    const year = i < 3 ? firstYear : firstYear + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/** The month after "YYYY-MM". */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** [start, end) of a Bangkok calendar month "YYYY-MM" as UTC ISO instants. */
export function monthSpanUtc(month: string): { start: string; end: string } {
  return { start: bangkokDayStartUtc(`${month}-01`), end: bangkokDayStartUtc(`${nextMonth(month)}-01`) };
}

/** [start, end) of a BE fiscal year as UTC ISO instants: 1 Oct 2025 00:00 Bangkok up to 1 Oct 2026 for 2569. */
export function fiscalYearSpanUtc(fiscalYear: number): { start: string; end: string } {
  const ce = fiscalYear - BE_OFFSET;
  return { start: bangkokDayStartUtc(`${ce - 1}-10-01`), end: bangkokDayStartUtc(`${ce}-10-01`) };
}
