// Per-question figures of a scale question: n, mean and its band, SD, the distribution, % at 5, % at 4–5, mean/5×100.
import type { Bilingual } from '../levels';
import { percentOf, roundHalfUp, roundRatioHalfUp } from './rounding';
import { SATISFACTION_LABELS, SATISFACTION_VALUES, bandOfMean, type MeanBandKey, type SatisfactionValue } from './scale';

export interface LevelShare {
  value: SatisfactionValue;
  label: Bilingual;
  count: number;
  /** count / n × 100, half up to 1 decimal; null when nobody answered. */
  percent: number | null;
}

export interface ScaleStatistics {
  n: number;
  /** Σx / n, half up to 2 decimals; null when n = 0. */
  mean: number | null;
  band: { key: MeanBandKey; label: Bilingual } | null;
  /** The sample standard deviation (divisor n − 1), half up to 2 decimals; null when n < 2. */
  sd: number | null;
  distribution: LevelShare[];
  percentAt5: number | null;
  percentAt4to5: number | null;
  /** mean / 5 × 100 taken from the exact mean (Σx × 20 / n), half up to 1 decimal, as BMA reports satisfaction. */
  meanPercent: number | null;
}

/** The figures of one question's answers (each 1–5). */
export function scaleStatistics(values: readonly SatisfactionValue[]): ScaleStatistics {
  const n = values.length;
  const counts = new Map<SatisfactionValue, number>(SATISFACTION_VALUES.map((v) => [v, 0]));
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    sum += value;
    sumOfSquares += value * value;
  }
  const countOf = (value: SatisfactionValue) => counts.get(value) ?? 0;
  const distribution = SATISFACTION_VALUES.map((value) => ({
    value,
    label: SATISFACTION_LABELS[value],
    count: countOf(value),
    percent: percentOf(countOf(value), n),
  }));
  const mean = n === 0 ? null : roundRatioHalfUp(sum, n, 2);
  return {
    n,
    mean,
    band: mean === null ? null : bandOfMean(mean),
    sd: sampleStandardDeviation(n, sum, sumOfSquares),
    distribution,
    percentAt5: percentOf(countOf(5), n),
    percentAt4to5: percentOf(countOf(4) + countOf(5), n),
    meanPercent: n === 0 ? null : roundRatioHalfUp(sum * 20, n, 1),
  };
}

/**
 * s = √((nΣx² − (Σx)²) / (n(n − 1))): the same as √(Σ(x − x̄)² / (n − 1)), but the fraction under the root is
 * of integers, so identical answers give exactly 0 rather than floating-point dust. The sample SD (n − 1), because a
 * round's respondents are a sample of the users the office serves; with one answer it is undefined.
 */
function sampleStandardDeviation(n: number, sum: number, sumOfSquares: number): number | null {
  if (n < 2) return null;
  return roundHalfUp(Math.sqrt((n * sumOfSquares - sum * sum) / (n * (n - 1))), 2);
}
