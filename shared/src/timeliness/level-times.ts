// Working days a request has spent at each level over all its visits, against each level's target (DOMAIN.md §5).
import { positionOf } from '../position/position';
import type { RequestStatus } from '../status';
import { DEFAULT_LEVEL_TARGET_DAYS } from '../timeliness';
import { workingDaysBetween } from '../working-days';

/** The part of a history event that moves a request between levels. */
export interface LevelMove {
  fromLevel: number;
  toLevel: number;
  fromStatus: RequestStatus;
  toStatus: RequestStatus;
  at: string;
}

export interface LevelTime {
  level: number;
  /** Working days spent at this level, summed over every visit. */
  workingDays: number;
  /** Whether the request waits at this level now. */
  current: boolean;
  /** The target for the level; null for level 1, which is the unit's own time. */
  targetDays: number | null;
  overTarget: boolean;
}

export interface LevelTimesInput {
  /** When the draft was created: its first visit, at level 1, starts then. */
  createdAt: string;
  /** The events in order of seq. */
  history: readonly LevelMove[];
  now: string;
  holidays: ReadonlySet<string>;
  /** Targets by level; the defaults unless an administrator set others. */
  targets?: Readonly<Record<number, number>>;
}

/** One row per level the request has been at, lowest level first. */
export function levelTimes({ createdAt, history, now, holidays, targets = DEFAULT_LEVEL_TARGET_DAYS }: LevelTimesInput): LevelTime[] {
  const days = new Map<number, number>();
  let level: number | null = 1;
  let since = createdAt;
  for (const move of history) {
    if (level !== null) days.set(level, (days.get(level) ?? 0) + workingDaysBetween(since, move.at, holidays));
    // The level that held it after the move; none at the Council or once closed (the Council's time is no level's).
    level = positionOf({ status: move.toStatus, level: move.toLevel }).heldAtLevel;
    since = move.at;
  }
  // Visits add up exactly: workingDaysBetween counts the days after the start up to the end, so no day is counted twice.
  if (level !== null) days.set(level, (days.get(level) ?? 0) + workingDaysBetween(since, now, holidays));

  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, workingDays]) => {
      const targetDays = at === 1 ? null : (targets[at] ?? null);
      return { level: at, workingDays, current: at === level, targetDays, overTarget: targetDays !== null && workingDays > targetDays };
    });
}
