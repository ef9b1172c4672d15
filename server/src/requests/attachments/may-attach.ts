// Who may add files to a request: its own unit until it is decided, and the reviewer holding its current level.
import { InvalidTransition, Forbidden, isFinalStatus, TOP_LEVEL, type RequestStatus } from '@bmrts/shared';
import type { RequestWithUnit } from '@bmrts/db';
import type { Caller } from '../../deps';
import { inScope } from '../../scope/scope';

function isOwningUnit(caller: Caller, row: RequestWithUnit): boolean {
  return !caller.isAdmin && caller.level === 1 && caller.unitCode === row.unit_code;
}

/** In any capacity (their own or acting), as the decision rules see a level holder. */
function holdsCurrentLevel(caller: Caller, row: RequestWithUnit): boolean {
  const status = row.status as RequestStatus;
  const held = status === 'in_review' || (status === 'awaiting_council' && row.level === TOP_LEVEL);
  // A reviewer never handles their own unit's request (separation of duties), not even its papers.
  return (
    held &&
    caller.unitCode !== row.unit_code &&
    caller.capacities.some((c) => c.level >= 2 && c.level === row.level && inScope(c.scope, row.unit_code))
  );
}

/** Throws unless the caller, who can already see the request, may attach a file to it now. */
export function assertMayAttach(caller: Caller, row: RequestWithUnit): void {
  if (isOwningUnit(caller, row)) {
    if (isFinalStatus(row.status as RequestStatus)) throw new InvalidTransition('request_closed');
    return;
  }
  if (!holdsCurrentLevel(caller, row)) throw new Forbidden();
}

/** Only the uploader removes a file, and only while the request is still open. */
export function assertMayRemove(caller: Caller, row: RequestWithUnit, uploadedBy: string): void {
  if (uploadedBy !== caller.id) throw new Forbidden();
  if (isFinalStatus(row.status as RequestStatus)) throw new InvalidTransition('request_closed');
}
