// The survey's KPI (DOMAIN.md §6): the share of respondents whose overall satisfaction is at level 5, against a target.
import { percentOf } from './rounding';
import { TOP_SATISFACTION, type SatisfactionValue } from './scale';

export const DEFAULT_TARGET_PERCENT = 90;

export interface SatisfactionKpi {
  respondents: number;
  atLevel5: number;
  /** atLevel5 / respondents × 100, half up to 1 decimal; null with no respondents. */
  percent: number | null;
  targetPercent: number;
  /** null while nobody has answered: no figure can pass or fail. */
  passed: boolean | null;
}

/**
 * The KPI of a round from the answers to its overall question. The verdict is read from the reported figure
 * (1 decimal), so the printed percentage and "ผ่าน/ไม่ผ่าน" beside it can never disagree: 89.95 % is reported as
 * 90.0 % and passes a 90 % target.
 */
export function satisfactionKpi(overallAnswers: readonly SatisfactionValue[], targetPercent: number): SatisfactionKpi {
  const respondents = overallAnswers.length;
  const atLevel5 = overallAnswers.filter((v) => v === TOP_SATISFACTION).length;
  const percent = percentOf(atLevel5, respondents);
  // Compared in tenths of a percent, the precision of both figures, so no binary fraction tips the verdict.
  const passed = percent === null ? null : Math.round(percent * 10) >= Math.round(targetPercent * 10);
  return { respondents, atLevel5, percent, targetPercent, passed };
}
