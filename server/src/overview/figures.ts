// Pure arithmetic of the dashboard: working days of the waiting set against the targets, per level and per unit × level,
// first-pass yield and monthly volumes shaped for the response.
import {
  REQUEST_TYPES,
  REVIEW_LEVELS,
  fiscalYearMonths,
  nearestRankPercentile,
  targetDaysFor,
  workingDaysBetween,
  type AgeingRow,
  type CountedValue,
  type FirstPassRow,
  type LevelFigures,
  type LevelTargets,
  type MonthlyVolume,
  type OverviewResponse,
} from '@bmrts/shared';
import type { WaitingGroup } from './queries';

export interface MeasuredGroup extends WaitingGroup {
  workingDays: number;
  /** Past the target of its level for its type; never for the Council, which has no Office target. */
  overdue: boolean;
}

/** Working days for each group, counted once per Bangkok day of arrival. */
export function measureGroups(groups: readonly WaitingGroup[], now: Date, holidays: ReadonlySet<string>, targets: LevelTargets): MeasuredGroup[] {
  const nowIso = now.toISOString();
  const byDay = new Map<string, number>();
  return groups.map((g) => {
    let days = byDay.get(g.arrivedOn);
    if (days === undefined) {
      days = workingDaysBetween(g.arrivedOn, nowIso, holidays);
      byDay.set(g.arrivedOn, days);
    }
    const target = g.status === 'in_review' ? targetDaysFor(targets, g.level, g.type) : null;
    return { ...g, workingDays: days, overdue: target !== null && days > target };
  });
}

function waitFigures(groups: readonly MeasuredGroup[]) {
  const values: CountedValue[] = groups.map((g) => ({ value: g.workingDays, count: g.count }));
  return {
    waiting: groups.reduce((sum, g) => sum + g.count, 0),
    medianWorkingDays: nearestRankPercentile(values, 50),
    p90WorkingDays: nearestRankPercentile(values, 90),
  };
}

const count = (groups: readonly MeasuredGroup[]) => groups.reduce((sum, g) => sum + g.count, 0);

export function levelFigures(groups: readonly MeasuredGroup[], targets: LevelTargets): LevelFigures[] {
  const inReview = groups.filter((g) => g.status === 'in_review');
  return REVIEW_LEVELS.map((level) => {
    const here = inReview.filter((g) => g.level === level);
    return {
      level,
      ...waitFigures(here),
      overdue: count(here.filter((g) => g.overdue)),
      targetDays: Object.fromEntries(REQUEST_TYPES.map((type) => [type, targetDaysFor(targets, level, type)])) as LevelFigures['targetDays'],
    };
  });
}

export function councilFigures(groups: readonly MeasuredGroup[]): OverviewResponse['council'] {
  return waitFigures(groups.filter((g) => g.status === 'awaiting_council'));
}

type UnitNames = ReadonlyMap<string, AgeingRow['unitName']>;
const nameOf = (names: UnitNames, code: string) => names.get(code) ?? { th: code, en: code };

/** Units with something waiting, most waiting first (then by code); each with every review level and the Council. */
export function ageingGrid(groups: readonly MeasuredGroup[], names: UnitNames): AgeingRow[] {
  const units = [...new Set(groups.map((g) => g.unitCode))];
  return units
    .map((unitCode) => {
      const mine = groups.filter((g) => g.unitCode === unitCode);
      const inReview = mine.filter((g) => g.status === 'in_review');
      return {
        unitCode,
        unitName: nameOf(names, unitCode),
        cells: REVIEW_LEVELS.map((level) => {
          const here = inReview.filter((g) => g.level === level);
          return { level, waiting: count(here), overdue: count(here.filter((g) => g.overdue)) };
        }),
        awaitingCouncil: count(mine.filter((g) => g.status === 'awaiting_council')),
        total: count(mine),
      };
    })
    .sort((a, b) => b.total - a.total || a.unitCode.localeCompare(b.unitCode));
}

/** One decimal, half away from zero, from integers (no floating-point surprise at .x5). */
export function percentOneDecimal(part: number, whole: number): number {
  return Math.round((part * 1000) / whole) / 10;
}

export function firstPassRows(rows: readonly { unitCode: string; approved: number; firstPass: number }[], names: UnitNames): FirstPassRow[] {
  return rows
    .filter((r) => r.approved > 0)
    .map((r) => ({ unitCode: r.unitCode, unitName: nameOf(names, r.unitCode), approved: r.approved, firstPass: r.firstPass, percent: percentOneDecimal(r.firstPass, r.approved) }))
    .sort((a, b) => a.percent - b.percent || b.approved - a.approved || a.unitCode.localeCompare(b.unitCode));
}

export function monthlyVolumes(fiscalYear: number, rows: readonly { type: string; perMonth: number[] }[]): MonthlyVolume[] {
  return fiscalYearMonths(fiscalYear).map((month, i) => {
    const counts = Object.fromEntries(REQUEST_TYPES.map((type) => [type, rows.find((r) => r.type === type)?.perMonth[i] ?? 0])) as MonthlyVolume['counts'];
    return { month, counts, total: REQUEST_TYPES.reduce((sum, type) => sum + counts[type], 0) };
  });
}
