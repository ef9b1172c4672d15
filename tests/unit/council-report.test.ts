// The Council report's pure parts: the instants that bound its fiscal year (the shared fiscalYearSpanUtc), and exact totals by outcome.
import { describe, expect, it } from 'vitest';
import { MAX_SATANG, councilTotalsOf, fiscalYearOf, fiscalYearSpanUtc, toThaiDigits } from '@bmrts/shared';

describe('fiscalYearSpanUtc', () => {
  it('runs from 1 October 00:00 Bangkok time to the next one, agreeing with fiscalYearOf at both edges', () => {
    const { start, end } = fiscalYearSpanUtc(2568);
    expect(start).toBe('2024-09-30T17:00:00.000Z');
    expect(end).toBe('2025-09-30T17:00:00.000Z');
    expect(fiscalYearOf(start)).toBe(2568);
    expect(fiscalYearOf(new Date(Date.parse(start) - 1))).toBe(2567);
    expect(fiscalYearOf(new Date(Date.parse(end) - 1))).toBe(2568);
    expect(fiscalYearOf(end)).toBe(2569);
  });
});

describe('councilTotalsOf', () => {
  it('counts and sums satang exactly per outcome', () => {
    const totals = councilTotalsOf([
      { amountSatang: 10, outcome: 'approved' },
      { amountSatang: 1, outcome: 'approved' },
      { amountSatang: 7, outcome: 'rejected' },
      { amountSatang: 5, outcome: 'awaiting_council' },
      { amountSatang: 3, outcome: 'withdrawn' },
    ]);
    expect(totals).toEqual({
      count: 5,
      amountSatang: 26,
      approvedCount: 2,
      approvedSatang: 11,
      rejectedCount: 1,
      rejectedSatang: 7,
      awaitingCount: 1,
      awaitingSatang: 5,
      withdrawnCount: 1,
      withdrawnSatang: 3,
    });
  });

  it('refuses a sum that would no longer be exact rather than round it', () => {
    const rows = Array.from({ length: 1000 }, () => ({ amountSatang: MAX_SATANG, outcome: 'approved' as const }));
    expect(() => councilTotalsOf(rows)).toThrow(RangeError);
  });
});

describe('toThaiDigits', () => {
  it('writes the digits 0–9 in Thai and leaves the rest', () => {
    expect(toThaiDigits('ปีงบประมาณ พ.ศ. 2568: 1,234,567.90 บาท')).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๘: ๑,๒๓๔,๕๖๗.๙๐ บาท');
  });
});
