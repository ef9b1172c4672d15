// Who may read the Council report: administrators and the Office's leadership, levels 5–8 (acting at such a level counts).
import { Forbidden } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';
import { ALL_UNITS } from '../scope/scope';

export const COUNCIL_REPORT_FROM_LEVEL = 5;

/**
 * The units the report covers. Levels 5–8 see every unit unless assigned agencies (executive scopes), and then the
 * report covers those only, as every other read does; analysts, heads, directors and units get 403.
 */
export function councilReportScope(caller: Caller): Scope {
  if (caller.isAdmin) return ALL_UNITS;
  const senior = caller.capacities.filter((c) => c.level >= COUNCIL_REPORT_FROM_LEVEL);
  if (senior.length === 0) throw new Forbidden();
  if (senior.some((c) => c.scope.allUnits)) return ALL_UNITS;
  return { allUnits: false, unitCodes: [...new Set(senior.flatMap((c) => c.scope.unitCodes))].sort() };
}
