// Pure arithmetic of waiting: working days at the current level against each level's target, and what is overdue.
import { REVIEW_LEVELS, TOP_LEVEL, targetDaysFor, workingDaysBetween, type LevelTargets, type LevelWait, type RequestType } from '@bmrts/shared';
import type { WaitingRequest } from './queries';

export interface MeasuredWait {
  id: string;
  /** The level whose target applies: the holding level, or 8 while the Council's decision is awaited. */
  level: number;
  levelEnteredAt: string;
  workingDays: number;
  targetDays: number;
}

/** The office's target for a level (a type's own target may differ; each request is measured against its type's). */
export function targetDaysAt(targets: LevelTargets, level: number): number {
  return targets.default[level] ?? 0;
}

export function measureWaits(rows: readonly WaitingRequest[], now: Date, holidays: ReadonlySet<string>, targets: LevelTargets): MeasuredWait[] {
  const nowIso = now.toISOString();
  return rows.map((r) => {
    const level = r.status === 'awaiting_council' ? TOP_LEVEL : r.level;
    const targetDays = targetDaysFor(targets, level, r.type as RequestType) ?? 0;
    return { id: r.id, level, levelEnteredAt: r.level_entered_at, workingDays: workingDaysBetween(r.level_entered_at, nowIso, holidays), targetDays };
  });
}

export function waitsByLevel(waits: readonly MeasuredWait[], targets: LevelTargets): LevelWait[] {
  return REVIEW_LEVELS.map((level) => {
    const days = waits.filter((w) => w.level === level).map((w) => w.workingDays);
    const total = days.reduce((sum, d) => sum + d, 0);
    return {
      level,
      waiting: days.length,
      averageWorkingDays: days.length === 0 ? null : Math.round((total / days.length) * 10) / 10,
      longestWorkingDays: days.length === 0 ? null : Math.max(...days),
      targetDays: targetDaysAt(targets, level),
    };
  });
}

/** Waits beyond their level's target, longest first; equal waits by arrival, oldest first. */
export function overdueWaits(waits: readonly MeasuredWait[]): MeasuredWait[] {
  return waits
    .filter((w) => w.workingDays > w.targetDays)
    .sort((a, b) => b.workingDays - a.workingDays || a.levelEnteredAt.localeCompare(b.levelEnteredAt) || a.id.localeCompare(b.id));
}
