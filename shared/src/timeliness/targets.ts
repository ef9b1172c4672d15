// Target working days per review level, with optional overrides per request type (DOMAIN.md §5; administrators edit them).
import type { RequestType } from '../request-types';
import { DEFAULT_LEVEL_TARGET_DAYS } from '../timeliness';

export type LevelTargetDays = Readonly<Record<number, number>>;

/** The office's targets: one table for every type, and where the office wishes, a different one per type. */
export interface LevelTargets {
  default: LevelTargetDays;
  byType: Readonly<Partial<Record<RequestType, LevelTargetDays>>>;
}

export const DEFAULT_LEVEL_TARGETS: LevelTargets = { default: DEFAULT_LEVEL_TARGET_DAYS, byType: {} };

/** The target for one level of one type; null for level 1, which is the unit's own time. */
export function targetDaysFor(targets: LevelTargets, level: number, requestType: RequestType): number | null {
  if (level <= 1) return null;
  return targets.byType[requestType]?.[level] ?? targets.default[level] ?? null;
}

/** Every level's target for one request type, the type's overrides over the office default. */
export function targetsForType(targets: LevelTargets, requestType: RequestType): LevelTargetDays {
  return { ...targets.default, ...targets.byType[requestType] };
}
