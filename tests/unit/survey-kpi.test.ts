// The survey KPI, its rounding and the response rates: the figures the office reports against its target.
import { describe, expect, it } from 'vitest';
import {
  SATISFACTION_LABELS,
  percentOf,
  responseRates,
  roundHalfUp,
  roundRatioHalfUp,
  satisfactionKpi,
  type SatisfactionValue,
} from '@bmrts/shared';

const overall = (fives: number, others: number): SatisfactionValue[] => [
  ...Array<SatisfactionValue>(fives).fill(5),
  ...Array<SatisfactionValue>(others).fill(4),
];

describe('rounding half up', () => {
  it('reads 29 of 30 as 96.7 %', () => {
    // 29/30 × 100 = 96.666…; to 1 decimal half up: floor((2·29000 + 30) / 60) / 10 = floor(967.16…) / 10 = 96.7.
    expect(roundRatioHalfUp(2900, 30, 1)).toBe(96.7);
    expect(percentOf(29, 30)).toBe(96.7);
  });

  it('rounds exact halves up, where binary floating point would round some down', () => {
    expect(percentOf(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percentOf(1, 8)).toBe(12.5); // exact, stays
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(roundRatioHalfUp(1005, 1000, 2)).toBe(1.01); // 1.005 → 1.01
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // the double 1.00499999… is shifted in its decimal text, not multiplied
    expect(roundHalfUp(0.0000001, 2)).toBe(0);
  });

  it('has no percentage of nothing', () => {
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('the KPI: the share of respondents at level 5 overall', () => {
  it('reads 29 of 30 as 96.7 % (95 % interval 83.3–99.4), passing a 90 % target at the minimum of 30', () => {
    expect(satisfactionKpi(overall(29, 1), 90, 30)).toEqual({
      respondents: 30,
      atLevel5: 29,
      percent: 96.7,
      interval: { lower: 83.3, upper: 99.4 },
      intervalSide: 'across',
      targetPercent: 90,
      minimumRespondents: 30,
      verdict: 'passed',
      passed: true,
    });
  });

  it('reads 17 of 20 as 85.0 %, failing a 90 % target when 20 are enough', () => {
    expect(satisfactionKpi(overall(17, 3), 90, 20)).toMatchObject({ percent: 85, interval: { lower: 64, upper: 94.8 }, passed: false });
  });

  it('passes exactly at the target, and judges the reported figure', () => {
    expect(satisfactionKpi(overall(18, 2), 90, 20).passed).toBe(true); // 18/20 = 90.0
    // 1799/2000 = 89.95 → reported 90.0, and the verdict beside it agrees; 1798/2000 = 89.9 fails.
    expect(satisfactionKpi(overall(1799, 201), 90, 30)).toMatchObject({ percent: 90, passed: true });
    expect(satisfactionKpi(overall(1798, 202), 90, 30)).toMatchObject({ percent: 89.9, passed: false });
    expect(satisfactionKpi(overall(29, 1), 96.7, 30).passed).toBe(true);
    expect(satisfactionKpi(overall(29, 1), 96.8, 30).passed).toBe(false);
  });

  it('claims no pass from 1 answer: 100.0 % of 1 cannot conclude below the minimum, and says where its interval lies', () => {
    expect(satisfactionKpi(overall(1, 0), 90, 30)).toMatchObject({
      respondents: 1,
      percent: 100,
      interval: { lower: 20.7, upper: 100 },
      verdict: 'too_few',
      passed: null,
    });
    expect(satisfactionKpi(overall(28, 1), 90, 30)).toMatchObject({ respondents: 29, verdict: 'too_few', passed: null });
    expect(satisfactionKpi(overall(29, 1), 90, 31)).toMatchObject({ verdict: 'too_few', passed: null });
  });

  it('says whether the whole interval lies above, across or below the target', () => {
    expect(satisfactionKpi(overall(1990, 10), 90, 30).intervalSide).toBe('above');
    expect(satisfactionKpi(overall(29, 1), 90, 30).intervalSide).toBe('across');
    expect(satisfactionKpi(overall(10, 20), 90, 30).intervalSide).toBe('below');
  });

  it('neither passes nor fails with no respondents', () => {
    expect(satisfactionKpi([], 90, 30)).toMatchObject({
      respondents: 0,
      percent: null,
      interval: null,
      verdict: 'no_answers',
      passed: null,
    });
  });
});

describe('the five levels', () => {
  it('carry the labels of the original form, word for word', () => {
    expect(Object.values(SATISFACTION_LABELS).map((l) => l.th)).toEqual([
      'พึงพอใจในระดับน้อยมาก (ควรปรับปรุงอย่างเร่งด่วน)',
      'พึงพอใจในระดับน้อย',
      'พึงพอใจในระดับปานกลาง',
      'พึงพอใจในระดับมาก',
      'พึงพอใจในระดับดีมาก',
    ]);
  });
});

describe('response rates', () => {
  it('count by level and by unit, keeping respondents who have left the invitation', () => {
    const invited = [
      { id: 'a', level: 1, unitCode: 'K01' },
      { id: 'b', level: 1, unitCode: 'K01' },
      { id: 'c', level: 2, unitCode: null },
      { id: 'd', level: 1, unitCode: 'D05' },
    ];
    // e answered at level 3 and has since left: 5 people, 2 answered = 40.0 %.
    const rates = responseRates(invited, [
      { id: 'a', level: 1, unitCode: 'K01' },
      { id: 'e', level: 3, unitCode: null },
    ]);
    expect(rates).toMatchObject({ invited: 5, responded: 2, percent: 40 });
    expect(rates.byLevel).toEqual([
      { level: 1, invited: 3, responded: 1, percent: 33.3 },
      { level: 2, invited: 1, responded: 0, percent: 0 },
      { level: 3, invited: 1, responded: 1, percent: 100 },
    ]);
    expect(rates.byUnit).toEqual([
      { unitCode: 'D05', invited: 1, responded: 0, percent: 0 },
      { unitCode: 'K01', invited: 2, responded: 1, percent: 50 },
    ]);
  });
});
