// Who may see the overview, and over which units: division directors and above (acting counts), and administrators.
import { Forbidden } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';
import { ALL_UNITS } from '../scope/scope';

export const OVERVIEW_FROM_LEVEL = 4;

/**
 * The units the overview covers: the union of the caller's capacities at level 4 or above. A section head acting
 * for a director sees that division, but not through their own section: the overview is a director's view.
 */
export function overviewScope(caller: Caller): Scope {
  if (caller.isAdmin) return ALL_UNITS;
  const senior = caller.capacities.filter((c) => c.level >= OVERVIEW_FROM_LEVEL);
  if (senior.length === 0) throw new Forbidden();
  if (senior.some((c) => c.scope.allUnits)) return ALL_UNITS;
  return { allUnits: false, unitCodes: [...new Set(senior.flatMap((c) => c.scope.unitCodes))].sort() };
}
