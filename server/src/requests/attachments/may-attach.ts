// Who may add and remove files, read off the request's position: its own unit until it is closed, and whoever has it on
// their desk (the holding review level, or level 8 while the Council decides). Each rule is one boolean function that
// both the refusal and the request view's mayAttach / mayRemove ask, so what the page offers is what the server allows.
import { InvalidTransition, Forbidden } from '@bmrts/shared';
import type { RequestWithUnit } from '@bmrts/db';
import type { Caller } from '../../deps';
import { inScope } from '../../scope/scope';
import { positionOfRow } from '../position-sql';
import { isStaffOfUnit } from '../service';

function isOwningUnit(caller: Caller, row: RequestWithUnit): boolean {
  return isStaffOfUnit(caller, row.unit_code);
}

/** In any capacity (their own or acting), as the decision rules see a level holder. */
function hasOnDesk(caller: Caller, row: RequestWithUnit, deskLevel: number | null): boolean {
  // A reviewer never handles their own unit's request (separation of duties), not even its papers.
  return (
    deskLevel !== null &&
    caller.unitCode !== row.unit_code &&
    caller.capacities.some((c) => c.level === deskLevel && inScope(c.scope, row.unit_code))
  );
}

/** Whether the caller, who can already see the request, may attach a file to it now. */
export function mayAttach(caller: Caller, row: RequestWithUnit): boolean {
  const { attach } = positionOfRow(row);
  return isOwningUnit(caller, row) ? attach.unit : hasOnDesk(caller, row, attach.level);
}

/** Throws unless mayAttach: a closed request for its own unit (422), anyone else 403. */
export function assertMayAttach(caller: Caller, row: RequestWithUnit): void {
  if (mayAttach(caller, row)) return;
  if (isOwningUnit(caller, row)) throw new InvalidTransition('request_closed');
  throw new Forbidden();
}

/** Whether the caller may remove this file: only its uploader, and only while the request is still open. */
export function mayRemove(caller: Caller, row: RequestWithUnit, uploadedBy: string): boolean {
  return uploadedBy === caller.id && !positionOfRow(row).final;
}

/** Throws unless mayRemove: someone else's file 403, a closed request 422. */
export function assertMayRemove(caller: Caller, row: RequestWithUnit, uploadedBy: string): void {
  if (mayRemove(caller, row, uploadedBy)) return;
  if (uploadedBy !== caller.id) throw new Forbidden();
  throw new InvalidTransition('request_closed');
}
