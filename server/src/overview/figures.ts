// Pure arithmetic of the dashboard: working days of the waiting set against the targets, per level and per unit × level,
// first-pass yield and monthly volumes shaped for the response. One pass over the groups; no per-request work.
import {
  REQUEST_TYPES,
  REVIEW_LEVELS,
  bangkokDate,
  bangkokDayStartUtc,
  fiscalYearMonths,
  nearestRankPercentile,
  targetDaysFor,
  workingDaysBetween,
  isOverdue,
  positionOf,
  type StateHolder,
  type AgeingRow,
  type FirstPassRow,
  type LevelFigures,
  type LevelTargets,
  type MonthlyVolume,
  type OverviewResponse,
} from '@bmrts/shared';
import type { WaitingGroup } from './queries';

export interface MeasuredGroup extends WaitingGroup {
  workingDays: number;
  /** Past the target of its level for its type; never for the Council, which has no Office target (decision record 0015). */
  overdue: boolean;
  /** Who holds them: a review level (`heldAtLevel`) or the Council. */
  holder: StateHolder;
  heldAtLevel: number | null;
}

/**
 * Working days for each group. Working days add up over consecutive spans (each working day after the first day, up to
 * and including the last), so the distinct arrival days are walked from the latest back, each adding only the span to
 * the next: the calendar is walked once however old the oldest request is.
 */
export function measureGroups(
  groups: readonly WaitingGroup[],
  now: Date,
  holidays: ReadonlySet<string>,
  targets: LevelTargets,
): MeasuredGroup[] {
  const nowIso = now.toISOString();
  const today = bangkokDate(now);
  const byDay = new Map<string, number>();
  let later = nowIso;
  let sinceLater = 0;
  for (const day of [...new Set(groups.map((g) => g.arrivedOn))].sort().reverse()) {
    if (day >= today) {
      byDay.set(day, 0);
      continue;
    }
    const instant = bangkokDayStartUtc(day);
    sinceLater += workingDaysBetween(instant, later, holidays);
    byDay.set(day, sinceLater);
    later = instant;
  }
  return groups.map((g) => {
    const days = byDay.get(g.arrivedOn) ?? 0;
    const position = positionOf(g);
    return {
      ...g,
      workingDays: days,
      overdue: isOverdue(position, days, targets, g.type),
      holder: position.holder,
      heldAtLevel: position.heldAtLevel,
    };
  });
}

/** Waiting requests of one step: how many, how many overdue, and how many waited each number of days. */
class WaitTally {
  waiting = 0;
  overdue = 0;
  private days = new Map<number, number>();
  add(g: MeasuredGroup): void {
    this.waiting += g.count;
    if (g.overdue) this.overdue += g.count;
    this.days.set(g.workingDays, (this.days.get(g.workingDays) ?? 0) + g.count);
  }
  figures() {
    const values = [...this.days].map(([value, count]) => ({ value, count }));
    return {
      waiting: this.waiting,
      medianWorkingDays: nearestRankPercentile(values, 50),
      p90WorkingDays: nearestRankPercentile(values, 90),
    };
  }
}

export function levelFigures(groups: readonly MeasuredGroup[], targets: LevelTargets): LevelFigures[] {
  const tallies = new Map<number, WaitTally>(REVIEW_LEVELS.map((level) => [level, new WaitTally()]));
  for (const g of groups) if (g.heldAtLevel !== null) tallies.get(g.heldAtLevel)?.add(g);
  return REVIEW_LEVELS.map((level) => {
    const tally = tallies.get(level) ?? new WaitTally();
    return {
      level,
      ...tally.figures(),
      overdue: tally.overdue,
      targetDays: Object.fromEntries(
        REQUEST_TYPES.map((type) => [type, targetDaysFor(targets, level, type)]),
      ) as LevelFigures['targetDays'],
    };
  });
}

export function councilFigures(groups: readonly MeasuredGroup[]): OverviewResponse['council'] {
  const tally = new WaitTally();
  for (const g of groups) if (g.holder === 'council') tally.add(g);
  return tally.figures();
}

type UnitNames = ReadonlyMap<string, AgeingRow['unitName']>;
const nameOf = (names: UnitNames, code: string) => names.get(code) ?? { th: code, en: code };

/** Units with something waiting, most waiting first (then by code); each with every review level and the Council. */
export function ageingGrid(groups: readonly MeasuredGroup[], names: UnitNames): AgeingRow[] {
  const rows = new Map<string, AgeingRow>();
  for (const g of groups) {
    let row = rows.get(g.unitCode);
    if (!row) {
      row = {
        unitCode: g.unitCode,
        unitName: nameOf(names, g.unitCode),
        cells: REVIEW_LEVELS.map((level) => ({ level, waiting: 0, overdue: 0 })),
        awaitingCouncil: 0,
        total: 0,
      };
      rows.set(g.unitCode, row);
    }
    row.total += g.count;
    if (g.holder === 'council') {
      row.awaitingCouncil += g.count;
    } else {
      const cell = row.cells.find((c) => c.level === g.heldAtLevel);
      if (cell) {
        cell.waiting += g.count;
        if (g.overdue) cell.overdue += g.count;
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.unitCode.localeCompare(b.unitCode));
}

/** One decimal, half away from zero, from integers (no floating-point surprise at .x5). */
export function percentOneDecimal(part: number, whole: number): number {
  return Math.round((part * 1000) / whole) / 10;
}

export function firstPassRows(
  rows: readonly { unitCode: string; approved: number; firstPass: number }[],
  names: UnitNames,
): FirstPassRow[] {
  return rows
    .filter((r) => r.approved > 0)
    .map((r) => ({
      unitCode: r.unitCode,
      unitName: nameOf(names, r.unitCode),
      approved: r.approved,
      firstPass: r.firstPass,
      percent: percentOneDecimal(r.firstPass, r.approved),
    }))
    .sort((a, b) => a.percent - b.percent || b.approved - a.approved || a.unitCode.localeCompare(b.unitCode));
}

export function monthlyVolumes(fiscalYear: number, rows: readonly { type: string; perMonth: number[] }[]): MonthlyVolume[] {
  return fiscalYearMonths(fiscalYear).map((month, i) => {
    const counts = Object.fromEntries(
      REQUEST_TYPES.map((type) => [type, rows.find((r) => r.type === type)?.perMonth[i] ?? 0]),
    ) as MonthlyVolume['counts'];
    return { month, counts, total: REQUEST_TYPES.reduce((sum, type) => sum + counts[type], 0) };
  });
}
