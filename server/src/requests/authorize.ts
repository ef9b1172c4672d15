// Who may make an event happen: the capacity the caller acts in, separation of duties, and fresh passwords for seniors.
import {
  DomainError,
  Forbidden,
  InvalidTransition,
  isFinalStatus,
  mayPerform,
  positionOf,
  type RequestEventType,
  type RequestPosition,
} from '@bmrts/shared';
import type { Caller, Capacity } from '../deps';
import { inScope } from '../scope/scope';

/** Decisions at these levels need the password entered within REAUTH_WINDOW_MINUTES. */
export const REAUTH_FROM_LEVEL = 5;
export const REAUTH_WINDOW_MINUTES = 15;
const DECISIONS: readonly RequestEventType[] = ['APPROVE', 'RETURN', 'SEND_BACK', 'REJECT', 'COUNCIL_APPROVE', 'COUNCIL_REJECT'];

function mayActIn(caller: Caller, capacity: Capacity, position: RequestPosition, type: RequestEventType): boolean {
  const principal = { id: caller.id, level: capacity.level, unitCode: caller.unitCode, isAdmin: caller.isAdmin };
  return mayPerform(principal, position, type, inScope(capacity.scope, position.unitCode));
}

/** Why the caller may not send this event, or null with the capacity in which they may. */
function refusalOf(
  caller: Caller,
  position: RequestPosition,
  type: RequestEventType,
  approvedAtLevels: readonly number[],
): { capacity: Capacity } | { refuse: () => DomainError } {
  const capacity = caller.capacities.find((c) => mayActIn(caller, c, position, type));
  if (!capacity) {
    if (isFinalStatus(position.status)) return { refuse: () => new InvalidTransition('request_closed') };
    const desk = positionOf(position).deskLevel;
    const holdsLevel = caller.capacities.some((c) => c.level === desk && inScope(c.scope, position.unitCode));
    if (holdsLevel && caller.unitCode === position.unitCode) return { refuse: () => new DomainError('own_unit_request', 403) };
    return { refuse: () => new Forbidden() };
  }
  // Nobody approves the same request at two levels on its way up, not even when acting for someone else.
  if (type === 'APPROVE' && approvedAtLevels.some((level) => level !== position.level)) {
    return { refuse: () => new DomainError('already_decided_by_you', 403) };
  }
  return { capacity };
}

/**
 * The capacity in which the caller may send this event, or a typed refusal.
 * `approvedAtLevels` lists the levels at which the caller already approved this request.
 */
export function authorizeEvent(
  caller: Caller,
  position: RequestPosition,
  type: RequestEventType,
  approvedAtLevels: readonly number[],
): Capacity {
  const outcome = refusalOf(caller, position, type, approvedAtLevels);
  if ('refuse' in outcome) throw outcome.refuse();
  return outcome.capacity;
}

export function needsReauthentication(caller: Caller, capacity: Capacity, type: RequestEventType, now: Date): boolean {
  if (!DECISIONS.includes(type) || capacity.level < REAUTH_FROM_LEVEL) return false;
  return now.getTime() - Date.parse(caller.reauthenticatedAt) > REAUTH_WINDOW_MINUTES * 60_000;
}

/** Whether authorizeEvent would let the caller send this event (for allowedActions); builds no error, so it is cheap. */
export function isAuthorized(
  caller: Caller,
  position: RequestPosition,
  type: RequestEventType,
  approvedAtLevels: readonly number[],
): boolean {
  return 'capacity' in refusalOf(caller, position, type, approvedAtLevels);
}
