// The predicted decision date, hand-checked: medians, percentiles, the fallback to targets, holidays in the way.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVEL_TARGET_DAYS, median, percentile, predictDecision } from '@bmrts/shared';

const bangkok = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();
const NONE: ReadonlySet<string> = new Set();
const SONGKRAN_2025: ReadonlySet<string> = new Set(['2025-04-13', '2025-04-14', '2025-04-15', '2025-04-16']);

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 80)).toBe(8);
    expect(percentile([1, 2, 3, 4, 5], 80)).toBe(4);
    expect(percentile([5], 80)).toBe(5);
    expect(percentile([1, 2, 2, 3, 5, 8], 80)).toBe(5);
  });
});

describe('predictDecision', () => {
  it('lays the medians and 80th percentiles of past visits on the calendar, targets where history is thin', () => {
    const prediction = predictDecision({
      levelsAhead: [2, 3, 4],
      workingDaysAtCurrent: 1,
      // Level 2: median 2.5, 80 % 5. Level 3: exactly five samples, median 1, 80 % 2. Level 4: two samples only → target 1.
      samples: { 2: [1, 2, 2, 3, 5, 8], 3: [1, 1, 1, 2, 4], 4: [0, 1] },
      targets: { 2: 3, 3: 1, 4: 1 },
      now: bangkok('2026-03-02', '10:00'), // a Monday
      holidays: NONE,
    });
    // Median: (2.5 − 1) + 1 + 1 = 3.5 → 4 working days → Friday 6 March. 80 %: (5 − 1) + 2 + 1 = 7 → Wednesday 11 March.
    expect(prediction).toMatchObject({ expectedDate: '2026-03-06', likelyByDate: '2026-03-11', basis: 'mixed' });
    expect(prediction.levels.map((l) => [l.level, l.median, l.p80, l.basis])).toEqual([
      [2, 2.5, 5, 'history'],
      [3, 1, 2, 'history'],
      [4, 1, 1, 'target'],
    ]);
  });

  it('falls back to the targets when no level has five past visits, and skips Songkran', () => {
    const input = {
      levelsAhead: [6, 7, 8],
      workingDaysAtCurrent: 0,
      samples: { 6: [1, 1, 1, 1] },
      targets: DEFAULT_LEVEL_TARGET_DAYS, // 2 + 2 + 3 = 7 working days
      now: bangkok('2025-04-11', '17:00'), // Friday before Songkran
    };
    expect(predictDecision({ ...input, holidays: NONE })).toMatchObject({
      expectedDate: '2025-04-22',
      likelyByDate: '2025-04-22',
      basis: 'targets',
    });
    // 12–16 April are weekend and Songkran: 17, 18, 21, 22, 23, 24, 25 April.
    expect(predictDecision({ ...input, holidays: SONGKRAN_2025 }).expectedDate).toBe('2025-04-25');
  });

  it('expects the decision today when the last level has already taken longer than usual', () => {
    const prediction = predictDecision({
      levelsAhead: [2],
      workingDaysAtCurrent: 10,
      samples: { 2: [2, 2, 3, 3, 4] },
      targets: DEFAULT_LEVEL_TARGET_DAYS,
      now: bangkok('2026-03-04', '23:30'),
      holidays: NONE,
    });
    expect(prediction).toMatchObject({ expectedDate: '2026-03-04', likelyByDate: '2026-03-04', basis: 'history' });
  });
});
