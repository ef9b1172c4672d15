// The one rounding rule of survey figures: half up, at 1 decimal for percentages and 2 for means.

/**
 * numerator / denominator rounded half up to `decimals` places, in integer arithmetic so that a figure exactly
 * on the half (1/8 = 12.5 %, 4.505) always goes up; binary floating point would round some of those down.
 * Both arguments are non-negative integers and the denominator positive (counts and sums of answers).
 * Example: 29 of 30 as a percentage = roundRatioHalfUp(2900, 30, 1) = floor((2·29000 + 30) / 60) / 10 = 96.7.
 */
export function roundRatioHalfUp(numerator: number, denominator: number, decimals: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`roundRatioHalfUp needs counts, got ${numerator}/${denominator}`);
  }
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

/** The percentage `part` of `whole`, half up to 1 decimal; null when there is no whole to take a share of. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : roundRatioHalfUp(part * 100, whole, 1);
}

/**
 * A non-negative real (a standard deviation, which is not a ratio of counts) rounded half up to `decimals`,
 * shifting the decimal point in the number's text so 0.125 becomes 0.13, not 0.12 as `x * 100` would give.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`roundHalfUp needs a non-negative number, got ${value}`);
  // toExponential() always gives "d.ddde±x", so the shift works for tiny values too (1e-7 has no plain "e" to append to).
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  const shifted = Math.floor(Number(`${mantissa}e${Number(exponent) + decimals}`) + 0.5);
  return Number(`${shifted}e-${decimals}`);
}
