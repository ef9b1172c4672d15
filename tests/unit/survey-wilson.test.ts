// The 95 % Wilson score interval, against the worked values of Newcombe (1998), "Two-sided confidence intervals for the
// single proportion: comparison of seven methods", Statistics in Medicine 17:857–872, Table II (method 3).
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '@bmrts/shared';

describe('the Wilson score interval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %i of %i as %f–%f, as Newcombe tabulates', (successes, n, lower, upper) => {
    const interval = wilsonInterval(successes, n);
    expect(interval?.lower).toBeCloseTo(lower, 4);
    expect(interval?.upper).toBeCloseTo(upper, 4);
  });

  it('keeps a width at 1 of 1 and 29 of 29, where p ± z·√(p(1−p)/n) would shrink to nothing', () => {
    expect(wilsonInterval(1, 1)).toEqual({ lower: expect.closeTo(0.2065, 4), upper: 1 });
    expect(wilsonInterval(29, 30)).toEqual({ lower: expect.closeTo(0.8333, 4), upper: expect.closeTo(0.9941, 4) });
    expect(wilsonInterval(29, 29)?.lower).toBeLessThan(0.9);
  });

  it('has no interval without answers, and refuses counts that are not counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});
