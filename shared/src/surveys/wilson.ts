// The 95 % Wilson score interval of a proportion: how far the share of "very satisfied" answers of the people who
// answered may lie from the share among everyone the round asked. Shared so the server's figures, the printed
// summary and the web page all show the same interval.

/** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

export interface ProportionInterval {
  /** Fractions in [0, 1]. */
  lower: number;
  upper: number;
}

/**
 * Wilson (1927): centre (p̂ + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 * Chosen over the textbook p̂ ± z·√(p̂(1 − p̂)/n) because that one collapses to a width of 0 at 29 of 29 or 1 of 1,
 * exactly the small, lopsided samples a satisfaction round gives; Wilson stays inside [0, 1] and keeps its width.
 * Null with no answers: nothing to estimate.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): ProportionInterval | null {
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(n) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval needs 0 ≤ successes ≤ n, got ${successes}/${n}`);
  }
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n the exact bound is 0 or 1; clamping removes the floating-point dust either side.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
