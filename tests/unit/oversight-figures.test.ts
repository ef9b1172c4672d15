// The dashboard's arithmetic: nearest-rank percentiles, the fiscal year's months as instants, and overdue as a cutoff.
import { describe, expect, it } from 'vitest';
import {
  fiscalYearMonths,
  fiscalYearSpanUtc,
  monthSpanUtc,
  nearestRankPercentile,
  overdueCutoff,
  percentileOf,
  workingDaysBetween,
} from '@bmrts/shared';

describe('nearest-rank percentiles', () => {
  it('takes the value at rank ⌈p·n/100⌉ of the sorted values', () => {
    // 1..10: median rank 5 → 5; p90 rank 9 → 9.
    const oneToTen = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5];
    expect(percentileOf(oneToTen, 50)).toBe(5);
    expect(percentileOf(oneToTen, 90)).toBe(9);
    // An even count's median is the lower middle value, not an average: 0 1 3 4 → 1.
    expect(percentileOf([4, 0, 3, 1], 50)).toBe(1);
    // Four values: p90 rank ⌈3.6⌉ = 4 → the largest.
    expect(percentileOf([4, 0, 3, 1], 90)).toBe(4);
    // 30 values 1..30: p90 rank exactly 27 (no floating-point drift to 28).
    expect(
      percentileOf(
        Array.from({ length: 30 }, (_, i) => i + 1),
        90,
      ),
    ).toBe(27);
    expect(percentileOf([6], 90)).toBe(6);
    expect(percentileOf([], 50)).toBeNull();
  });

  it('counts repeated values by their count', () => {
    // 0 ×5, 2 ×4, 9 ×1 (n = 10): median rank 5 → 0, rank 6 would be 2; p90 rank 9 → 2.
    const values = [
      { value: 9, count: 1 },
      { value: 0, count: 5 },
      { value: 2, count: 4 },
    ];
    expect(nearestRankPercentile(values, 50)).toBe(0);
    expect(nearestRankPercentile(values, 60)).toBe(2);
    expect(nearestRankPercentile(values, 90)).toBe(2);
    expect(nearestRankPercentile(values, 100)).toBe(9);
    expect(nearestRankPercentile([{ value: 3, count: 0 }], 50)).toBeNull();
  });
});

describe('the fiscal year in time', () => {
  it('runs from 1 October to 30 September in Bangkok, October first', () => {
    expect(fiscalYearSpanUtc(2569)).toEqual({ start: '2025-09-30T17:00:00.000Z', end: '2026-09-30T17:00:00.000Z' });
    expect(fiscalYearMonths(2569)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(monthSpanUtc('2025-12')).toEqual({ start: '2025-11-30T17:00:00.000Z', end: '2025-12-31T17:00:00.000Z' });
  });
});

describe('overdue as a cutoff', () => {
  const holidays = new Set(['2026-03-03']);
  const now = new Date('2026-03-09T03:00:00.000Z'); // Monday 9 March 2026, 10:00 in Bangkok

  it('puts the cutoff at the start of the day after the latest day whose wait exceeds the target', () => {
    // Target 3: entered Wed 4 Mar = 3 days (on target); on the holiday Tue 3 Mar = 4 (over) → cutoff at the start of Wed 4 Mar.
    expect(overdueCutoff(now, 3, holidays)).toBe('2026-03-03T17:00:00.000Z');
    // Target 1: Thu 5 = 2 (over), Fri 6 = 1 → start of Fri 6.
    expect(overdueCutoff(now, 1, holidays)).toBe('2026-03-05T17:00:00.000Z');
    // Target 0: anything before today.
    expect(overdueCutoff(now, 0, holidays)).toBe('2026-03-08T17:00:00.000Z');
  });

  it('agrees with workingDaysBetween for every hour of the weeks before', () => {
    for (const target of [0, 1, 2, 3, 5]) {
      const cutoff = overdueCutoff(now, target, holidays);
      for (let h = 0; h < 24 * 21; h++) {
        const entered = new Date(now.getTime() - h * 3_600_000).toISOString();
        expect(entered < cutoff, `${entered} target ${target}`).toBe(workingDaysBetween(entered, now.toISOString(), holidays) > target);
      }
    }
  });
});
