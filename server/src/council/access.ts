// Who may read the Council report: administrators and the Office's leadership, levels 5–8 (acting at such a level counts).
import { Forbidden } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';
import { maySeniorRead, seniorScope } from '../scope/scope';

export const COUNCIL_REPORT_FROM_LEVEL = 5;

/** The one rule for the Council report: its routes refuse by it and the session tells the web by it. */
export function mayReadCouncilReport(caller: Caller): boolean {
  return maySeniorRead(caller, COUNCIL_REPORT_FROM_LEVEL);
}

/**
 * The units the report covers. Levels 5–8 see every unit unless assigned agencies (executive scopes), and then the
 * report covers those only, as every other read does; analysts, heads, directors and units get 403.
 */
export function councilReportScope(caller: Caller): Scope {
  if (!mayReadCouncilReport(caller)) throw new Forbidden();
  return seniorScope(caller, COUNCIL_REPORT_FROM_LEVEL);
}
