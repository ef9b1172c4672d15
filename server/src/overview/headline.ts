// Pure arithmetic of the dashboard's headline and month trend: working days to a final decision, level visits within
// their target, first-pass yield, each for the fiscal year and for its part up to the end of the previous month.
import {
  bangkokDate,
  bangkokDayStartUtc,
  fiscalYearMonths,
  isOverdue,
  nearestRankPercentile,
  positionOf,
  workingDaysBetween,
  type CountFigure,
  type Headline,
  type LevelTargets,
  type RateFigure,
  type TrendMonth,
} from '@bmrts/shared';
import { percentOneDecimal, type MeasuredGroup } from './figures';
import type { DecisionGroup, VisitGroup } from './history-queries';

/** One counted outcome on a Bangkok day: a final decision with its working days, or an ended visit, on time or not. */
interface Dated {
  day: string;
  count: number;
}
export interface DecisionDays extends Dated {
  workingDays: number;
}
export interface VisitOutcome extends Dated {
  onTime: boolean;
}

function daysBetween(fromDay: string, toDay: string, holidays: ReadonlySet<string>): number {
  return workingDaysBetween(bangkokDayStartUtc(fromDay), bangkokDayStartUtc(toDay), holidays);
}

export function decisionDays(groups: readonly DecisionGroup[], holidays: ReadonlySet<string>): DecisionDays[] {
  return groups.map((g) => ({ day: g.decidedOn, count: g.count, workingDays: daysBetween(g.submittedOn, g.decidedOn, holidays) }));
}

/** On time: not past the target of its level for its type, as `isOverdue` would have marked it when it left. */
export function visitOutcomes(groups: readonly VisitGroup[], holidays: ReadonlySet<string>, targets: LevelTargets): VisitOutcome[] {
  return groups.map((g) => ({
    day: g.leftOn,
    count: g.count,
    onTime: !isOverdue(positionOf({ status: g.status, level: g.level }), daysBetween(g.enteredOn, g.leftOn, holidays), targets, g.type),
  }));
}

const total = (items: readonly Dated[]) => items.reduce((sum, i) => sum + i.count, 0);

function medianDays(items: readonly DecisionDays[]): number | null {
  return nearestRankPercentile(
    items.map((i) => ({ value: i.workingDays, count: i.count })),
    50,
  );
}

function onTimePercent(items: readonly VisitOutcome[]): number | null {
  const n = total(items);
  return n === 0 ? null : percentOneDecimal(total(items.filter((i) => i.onTime)), n);
}

/** The figure over every item, and over those dated before `previousAt` (a Bangkok month's first instant). */
function rateFigure<T extends Dated>(items: readonly T[], previousAt: string, measure: (items: readonly T[]) => number | null): RateFigure {
  const cutoffDay = bangkokDate(previousAt);
  const before = items.filter((i) => i.day < cutoffDay);
  return { value: measure(items), n: total(items), previous: measure(before), previousN: total(before), previousAt };
}

function yieldFigure(approved: number, firstPass: number): number | null {
  return approved === 0 ? null : percentOneDecimal(firstPass, approved);
}

const countFigure = (groups: readonly MeasuredGroup[], previous: readonly MeasuredGroup[], previousAt: string, overdue: boolean) => {
  const count = (gs: readonly MeasuredGroup[]) => gs.reduce((sum, g) => sum + (overdue && !g.overdue ? 0 : g.count), 0);
  return { value: count(groups), previous: count(previous), previousAt } satisfies CountFigure;
};

interface Approvals {
  approved: number;
  firstPass: number;
}

export interface HeadlineInputs {
  waiting: readonly MeasuredGroup[];
  waitingBefore: readonly MeasuredGroup[];
  /** The start of the current Bangkok month: "now" figures are compared with what stood then. */
  monthStart: string;
  decisions: readonly DecisionDays[];
  visits: readonly VisitOutcome[];
  /** The fiscal year's figures are compared with their part before this instant. */
  yearPreviousAt: string;
  approvals: Approvals;
  approvalsBefore: Approvals;
}

export function headline(i: HeadlineInputs): Headline {
  return {
    waitingNow: countFigure(i.waiting, i.waitingBefore, i.monthStart, false),
    overdueNow: countFigure(i.waiting, i.waitingBefore, i.monthStart, true),
    medianDaysToDecision: rateFigure(i.decisions, i.yearPreviousAt, medianDays),
    onTimePercent: rateFigure(i.visits, i.yearPreviousAt, onTimePercent),
    firstPassPercent: {
      value: yieldFigure(i.approvals.approved, i.approvals.firstPass),
      n: i.approvals.approved,
      previous: yieldFigure(i.approvalsBefore.approved, i.approvalsBefore.firstPass),
      previousN: i.approvalsBefore.approved,
      previousAt: i.yearPreviousAt,
    },
  };
}

export function monthTrend(fiscalYear: number, decisions: readonly DecisionDays[], visits: readonly VisitOutcome[]): TrendMonth[] {
  return fiscalYearMonths(fiscalYear).map((month) => {
    const inMonth = <T extends Dated>(items: readonly T[]) => items.filter((i) => i.day.startsWith(`${month}-`));
    const d = inMonth(decisions);
    const v = inMonth(visits);
    return { month, decisions: total(d), medianDaysToDecision: medianDays(d), visits: total(v), onTimePercent: onTimePercent(v) };
  });
}
