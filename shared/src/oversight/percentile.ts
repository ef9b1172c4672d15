// Percentiles of working days waited, by the nearest-rank method: the p-th percentile of n values is the value at
// rank ⌈p·n/100⌉ in ascending order (at least rank 1). It is always a wait some request really has, and easy to count by
// hand; the median (p = 50) of an even count is the lower of the two middle values.

export interface CountedValue {
  value: number;
  count: number;
}

/** The nearest-rank percentile of values given with how often each occurs; null when there are none. */
export function nearestRankPercentile(values: readonly CountedValue[], p: number): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return null;
  // p and n are integers, so p·n is exact and the division by 100 lands on an integer when it should.
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  let seen = 0;
  for (const v of sorted) {
    seen += v.count;
    if (seen >= rank) return v.value;
  }
  return sorted[sorted.length - 1]?.value ?? null;
}

/** The same for a plain list of values. */
export function percentileOf(values: readonly number[], p: number): number | null {
  return nearestRankPercentile(
    values.map((value) => ({ value, count: 1 })),
    p,
  );
}
