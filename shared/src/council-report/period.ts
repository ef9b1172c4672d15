// The instants that bound a BE fiscal year: 1 October 00:00 in Bangkok (UTC+7, no daylight saving) to the next one.
import { BE_OFFSET } from '../format/thai-date';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Fiscal year 2568 runs from 2024-09-30T17:00:00.000Z (inclusive) to 2025-09-30T17:00:00.000Z (exclusive). */
export function fiscalYearPeriod(fiscalYearBe: number): { start: string; end: string } {
  const startCe = fiscalYearBe - BE_OFFSET - 1;
  const at = (year: number) => new Date(Date.UTC(year, 9, 1) - BANGKOK_OFFSET_MS).toISOString();
  return { start: at(startCe), end: at(startCe + 1) };
}
