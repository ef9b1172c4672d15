// Who may see the overview, and over which units: division directors and above (acting counts), and administrators.
import { Forbidden } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';
import { maySeniorRead, seniorScope } from '../scope/scope';

export const OVERVIEW_FROM_LEVEL = 4;

/** The one rule for the overview: its routes refuse by it and the session tells the web by it. */
export function mayOpenOverview(caller: Caller): boolean {
  return maySeniorRead(caller, OVERVIEW_FROM_LEVEL);
}

/**
 * The units the overview covers: the union of the caller's capacities at level 4 or above. A section head acting
 * for a director sees that division, but not through their own section: the overview is a director's view.
 */
export function overviewScope(caller: Caller): Scope {
  if (!mayOpenOverview(caller)) throw new Forbidden();
  return seniorScope(caller, OVERVIEW_FROM_LEVEL);
}
