// Who may see the overview, and over which units: division directors and above (acting counts), and administrators.
import type { Caller, Scope } from '../deps';
import { seniorScope } from '../scope/scope';

export const OVERVIEW_FROM_LEVEL = 4;

/**
 * The units the overview covers: the union of the caller's capacities at level 4 or above. A section head acting
 * for a director sees that division, but not through their own section: the overview is a director's view.
 */
export function overviewScope(caller: Caller): Scope {
  return seniorScope(caller, OVERVIEW_FROM_LEVEL);
}
