// The survey's KPI (DOMAIN.md §6): the share of respondents whose overall satisfaction is at level 5, against a target,
// with how many answered, the 95 % interval of that share, and whether enough people answered to say anything.
import { percentOf, roundHalfUp } from './rounding';
import { TOP_SATISFACTION, type SatisfactionValue } from './scale';
import { wilsonInterval } from './wilson';

export const DEFAULT_TARGET_PERCENT = 90;
/** The 2565 performance report's 96.7 % came from 30 respondents: below that a round claims neither pass nor fail. */
export const DEFAULT_MINIMUM_RESPONDENTS = 30;
export const MAX_MINIMUM_RESPONDENTS = 10_000;

/**
 * no_answers: nobody answered; too_few: fewer than the round's minimum sample, no verdict;
 * passed / failed: the reported percent against the target.
 */
export const KPI_VERDICTS = ['no_answers', 'too_few', 'passed', 'failed'] as const;
export type KpiVerdict = (typeof KPI_VERDICTS)[number];

/** Where the whole 95 % interval lies against the target: above it, below it, or across it. */
export const INTERVAL_SIDES = ['above', 'across', 'below'] as const;
export type IntervalSide = (typeof INTERVAL_SIDES)[number];

export interface SatisfactionKpi {
  respondents: number;
  atLevel5: number;
  /** atLevel5 / respondents × 100, half up to 1 decimal; null with no respondents. */
  percent: number | null;
  /** The 95 % Wilson score interval of that share, in percent, half up to 1 decimal; null with no respondents. */
  interval: { lower: number; upper: number } | null;
  intervalSide: IntervalSide | null;
  targetPercent: number;
  minimumRespondents: number;
  verdict: KpiVerdict;
  /** true/false only with at least minimumRespondents answers: a 1-of-1 "100 %" passes nothing. */
  passed: boolean | null;
}

/** Tenths of a percent, the precision of every figure compared here, so no binary fraction tips a comparison. */
const tenths = (percent: number) => Math.round(percent * 10);

/**
 * The KPI of a round from the answers to its overall question. The verdict is the report's definition (the reported
 * figure, 1 decimal, against the target: 89.95 % is reported as 90.0 % and passes 90 %), claimed only from the
 * minimum sample on. The interval is shown beside it, not used as the test: the 2565 report's 29 of 30 (96.7 %) has a
 * lower bound of 83.3 %, so a lower-bound rule would fail the very result the target was set from; instead the
 * interval's side says whether the pass or fail could be chance.
 */
export function satisfactionKpi(
  overallAnswers: readonly SatisfactionValue[],
  targetPercent: number,
  minimumRespondents: number,
): SatisfactionKpi {
  const respondents = overallAnswers.length;
  const atLevel5 = overallAnswers.filter((v) => v === TOP_SATISFACTION).length;
  const percent = percentOf(atLevel5, respondents);
  const wilson = wilsonInterval(atLevel5, respondents);
  const interval = wilson && { lower: roundHalfUp(wilson.lower * 100, 1), upper: roundHalfUp(wilson.upper * 100, 1) };
  const target = tenths(targetPercent);
  const intervalSide: IntervalSide | null =
    interval === null ? null : tenths(interval.lower) >= target ? 'above' : tenths(interval.upper) < target ? 'below' : 'across';
  const verdict: KpiVerdict =
    percent === null ? 'no_answers' : respondents < minimumRespondents ? 'too_few' : tenths(percent) >= target ? 'passed' : 'failed';
  const passed = verdict === 'passed' ? true : verdict === 'failed' ? false : null;
  return { respondents, atLevel5, percent, interval, intervalSide, targetPercent, minimumRespondents, verdict, passed };
}
