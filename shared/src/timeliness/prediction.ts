// When a request in review can expect its decision: each level still ahead takes what it took on past requests of
// the same type (median, and the 80th percentile for "how sure"), or its target where history is too thin.
import { addWorkingDays } from '../working-days';
import type { LevelTargetDays } from './targets';
import { percentileOf } from '../oversight/percentile';

/** Fewer past visits than this at a level, and the level's target stands in for its history. */
export const MIN_PREDICTION_SAMPLES = 5;

export interface PredictionInput {
  /** The level the request waits at now, then every level above it up to its top level (the routing decides that). */
  levelsAhead: readonly number[];
  /** Working days already spent at the current level (the first of levelsAhead). */
  workingDaysAtCurrent: number;
  /** Per level, the working days that level took on past requests of the same type. */
  samples: Readonly<Record<number, readonly number[]>>;
  /** The targets for this request's type. */
  targets: LevelTargetDays;
  now: string;
  holidays: ReadonlySet<string>;
}

export type PredictionBasis = 'history' | 'targets' | 'mixed';

export interface LevelEstimate {
  level: number;
  median: number;
  p80: number;
  basis: 'history' | 'target';
}

export interface Prediction {
  /** Bangkok date by which the decision is expected (the medians laid on the calendar). */
  expectedDate: string;
  /** Bangkok date by which it comes with about 80 % confidence (the 80th percentiles laid on the calendar). */
  likelyByDate: string;
  basis: PredictionBasis;
  levels: LevelEstimate[];
}

/** The middle value; the mean of the two middle values when there is an even number. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new RangeError('median of no values');
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (the dashboard's percentileOf): the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const value = percentileOf(values, p);
  if (value === null) throw new RangeError('percentile of no values');
  return value;
}

// A level's samples are read once and reused for minutes by every request page (and every decision's answer), so
// their median and 80th percentile, two sorts of up to 200 values each, are worked out once per samples array.
const summaries = new WeakMap<readonly number[], { median: number; p80: number }>();

function summaryOf(samples: readonly number[]): { median: number; p80: number } {
  let summary = summaries.get(samples);
  if (!summary) {
    summary = { median: median(samples), p80: percentile(samples, 80) };
    summaries.set(samples, summary);
  }
  return summary;
}

function estimateLevel(level: number, samples: readonly number[] | undefined, targets: LevelTargetDays): LevelEstimate {
  if (samples && samples.length >= MIN_PREDICTION_SAMPLES) {
    const { median: mid, p80 } = summaryOf(samples);
    return { level, median: mid, p80, basis: 'history' };
  }
  const target = targets[level] ?? 0;
  return { level, median: target, p80: target, basis: 'target' };
}

/**
 * Both dates add working days to today: at the current level what is left of its estimate (never less than 0), then
 * each later level's whole estimate; the total is rounded up to a whole working day. The 80 % date sums the levels'
 * 80th percentiles, which errs on the late side (a sum of percentiles is at least the percentile of the sum).
 */
export function predictDecision(input: PredictionInput): Prediction {
  const levels = input.levelsAhead.map((level) => estimateLevel(level, input.samples[level], input.targets));
  const remaining = (pick: (e: LevelEstimate) => number) =>
    levels.reduce((sum, e, i) => sum + (i === 0 ? Math.max(0, pick(e) - input.workingDaysAtCurrent) : pick(e)), 0);
  const expectedDays = Math.ceil(remaining((e) => e.median));
  const likelyDays = Math.max(expectedDays, Math.ceil(remaining((e) => e.p80)));
  const fromHistory = levels.filter((e) => e.basis === 'history').length;
  const basis: PredictionBasis = fromHistory === levels.length ? 'history' : fromHistory === 0 ? 'targets' : 'mixed';
  return {
    expectedDate: addWorkingDays(input.now, expectedDays, input.holidays),
    likelyByDate: addWorkingDays(input.now, likelyDays, input.holidays),
    basis,
    levels,
  };
}
