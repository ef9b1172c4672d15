// Who may read the Council report: administrators and the Office's leadership, levels 5–8 (acting at such a level counts).
import type { Caller, Scope } from '../deps';
import { seniorScope } from '../scope/scope';

export const COUNCIL_REPORT_FROM_LEVEL = 5;

/**
 * The units the report covers. Levels 5–8 see every unit unless assigned agencies (executive scopes), and then the
 * report covers those only, as every other read does; analysts, heads, directors and units get 403.
 */
export function councilReportScope(caller: Caller): Scope {
  return seniorScope(caller, COUNCIL_REPORT_FROM_LEVEL);
}
