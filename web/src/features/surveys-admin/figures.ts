// How survey figures read on screen and on paper: percentages to 1 decimal, means and SDs to 2, a dash for none.
const DASH = '—';

export function percentText(value: number | null): string {
  return value === null ? DASH : value.toFixed(1);
}

/** A target keeps its own precision: 90 reads "90", 92.5 reads "92.5". */
export function targetText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function twoDecimals(value: number | null): string {
  return value === null ? DASH : value.toFixed(2);
}
