// Survey statistics (DOMAIN.md §6) from fixed data sets, each figure checked by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { bandOfMean, scaleStatistics, type SatisfactionValue } from '@bmrts/shared';

/** `count` answers of `value` each. */
const answers = (...groups: [value: SatisfactionValue, count: number][]): SatisfactionValue[] =>
  groups.flatMap(([value, count]) => Array<SatisfactionValue>(count).fill(value));

describe('scaleStatistics', () => {
  it('reads the original 2565 result: 29 of 30 at level 5, one at 4', () => {
    // Σx = 29·5 + 4 = 149, n = 30: mean 149/30 = 4.9666… → 4.97, in 4.51–5.00 "มากที่สุด".
    // Σx² = 29·25 + 16 = 741; nΣx² − (Σx)² = 22230 − 22201 = 29; s² = 29 / (30·29) = 0.03333…; s = 0.18257… → 0.18.
    // % at 5 = 29/30 = 96.666… → 96.7; % at 4–5 = 30/30 = 100.0; mean/5×100 = 149·20/30 = 99.333… → 99.3.
    const stats = scaleStatistics(answers([5, 29], [4, 1]));
    expect(stats).toMatchObject({ n: 30, mean: 4.97, sd: 0.18, percentAt5: 96.7, percentAt4to5: 100, meanPercent: 99.3 });
    expect(stats.band).toEqual({ key: 'highest', label: { th: 'มากที่สุด', en: 'Very high' } });
    expect(stats.distribution.map((d) => [d.value, d.count, d.percent])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 1, 3.3],
      [5, 29, 96.7], // 1/30 = 3.333… → 3.3
    ]);
  });

  it('computes a small mixed set: 5, 5, 4, 4, 3', () => {
    // Σx = 21, n = 5: mean 4.20, band 3.51–4.50 "มาก".
    // Σx² = 25+25+16+16+9 = 91; 5·91 − 21² = 455 − 441 = 14; s² = 14 / (5·4) = 0.7; s = 0.83666… → 0.84.
    // % at 5 = 2/5 = 40.0; % at 4–5 = 4/5 = 80.0; mean/5×100 = 21·20/5 = 84.0.
    const stats = scaleStatistics([5, 5, 4, 4, 3]);
    expect(stats).toMatchObject({ n: 5, mean: 4.2, sd: 0.84, percentAt5: 40, percentAt4to5: 80, meanPercent: 84 });
    expect(stats.band?.label.th).toBe('มาก');
    expect(stats.distribution.find((d) => d.value === 3)).toMatchObject({ count: 1, percent: 20, label: { th: 'พึงพอใจในระดับปานกลาง' } });
  });

  it('computes a set that misses the target: 17 at level 5, 3 at level 4', () => {
    // Σx = 85 + 12 = 97, n = 20: mean 4.85. Σx² = 17·25 + 3·16 = 473; 20·473 − 97² = 9460 − 9409 = 51;
    // s² = 51 / (20·19) = 0.13421…; s = 0.36635… → 0.37. % at 5 = 17/20 = 85.0; mean/5×100 = 97·20/20 = 97.0.
    expect(scaleStatistics(answers([5, 17], [4, 3]))).toMatchObject({
      mean: 4.85,
      sd: 0.37,
      percentAt5: 85,
      percentAt4to5: 100,
      meanPercent: 97,
    });
  });

  it('gives an SD of exactly 0 when everyone agrees, and none with a single answer', () => {
    expect(scaleStatistics(answers([4, 7])).sd).toBe(0);
    expect(scaleStatistics([3])).toMatchObject({ n: 1, mean: 3, sd: null, meanPercent: 60 });
  });

  it('has no figures without answers', () => {
    expect(scaleStatistics([])).toMatchObject({
      n: 0,
      mean: null,
      band: null,
      sd: null,
      percentAt5: null,
      percentAt4to5: null,
      meanPercent: null,
    });
  });
});

describe('the Thai band of a mean', () => {
  it('puts 4.50 in มาก and 4.51 in มากที่สุด', () => {
    // [5, 4]: 9/2 = 4.50 exactly. 51 fives and 49 fours: (255 + 196)/100 = 4.51.
    expect(scaleStatistics([5, 4])).toMatchObject({ mean: 4.5, band: { key: 'high', label: { th: 'มาก' } } });
    expect(scaleStatistics(answers([5, 51], [4, 49]))).toMatchObject({ mean: 4.51, band: { key: 'highest', label: { th: 'มากที่สุด' } } });
  });

  it('rounds a mean of exactly 4.505 up to 4.51, in มากที่สุด', () => {
    // 101 fives and 99 fours: (505 + 396)/200 = 901/200 = 4.505; half up → 4.51 (binary 4.505 is 4.50499…).
    expect(scaleStatistics(answers([5, 101], [4, 99]))).toMatchObject({ mean: 4.51, band: { key: 'highest' } });
  });

  it('reads every boundary of the bands', () => {
    const th = (mean: number) => bandOfMean(mean).label.th;
    expect([5, 4.51, 4.5, 3.51, 3.5, 2.51, 2.5, 1.51, 1.5, 1].map(th)).toEqual([
      'มากที่สุด',
      'มากที่สุด',
      'มาก',
      'มาก',
      'ปานกลาง',
      'ปานกลาง',
      'น้อย',
      'น้อย',
      'น้อยที่สุด',
      'น้อยที่สุด',
    ]);
  });
});
