// Who may send which event: the one permission table, read by the server to refuse and by the web to hide.
import type { RequestEventType, RequestStatus } from './status';
import { positionOf } from './position/position';

/** The signed-in person as the rules see them. Admins have no level and never decide. */
export interface Principal {
  id: string;
  level: number | null;
  unitCode: string | null;
  isAdmin: boolean;
}

/** The part of a request that authorization reads. */
export interface RequestPosition {
  status: RequestStatus;
  level: number;
  unitCode: string;
}

export type Performer =
  /** A level-1 user of the request's own unit. */
  | 'owning_unit'
  /** A reviewer at exactly the level that holds the request, with the unit in scope. */
  | 'level_holder'
  /** A level-8 reviewer with the unit in scope, who records what the BMA Council decided. */
  | 'council_recorder';

export const EVENT_PERFORMER: Record<RequestEventType, Performer> = {
  SUBMIT: 'owning_unit',
  RESUBMIT: 'owning_unit',
  WITHDRAW: 'owning_unit',
  APPROVE: 'level_holder',
  RETURN: 'level_holder',
  SEND_BACK: 'level_holder',
  REJECT: 'level_holder',
  COUNCIL_APPROVE: 'council_recorder',
  COUNCIL_REJECT: 'council_recorder',
};

/**
 * Whether this person holds the right to send the event to this request, leaving aside
 * whether the machine accepts it now. `inScope` is the caller's scope check, done by the server.
 */
export function mayPerform(principal: Principal, request: RequestPosition, type: RequestEventType, inScope: boolean): boolean {
  if (principal.isAdmin || principal.level === null || !inScope) return false;
  switch (EVENT_PERFORMER[type]) {
    case 'owning_unit':
      return principal.level === 1 && principal.unitCode === request.unitCode;
    case 'level_holder': {
      // The review level that holds it now (positionOf), never for the person's own unit.
      const { holder, heldAtLevel } = positionOf(request);
      return holder === 'review_level' && heldAtLevel === principal.level && principal.unitCode !== request.unitCode;
    }
    case 'council_recorder': {
      // The Council holds it; the level whose desk it is on records what the Council decided.
      const { holder, deskLevel } = positionOf(request);
      return holder === 'council' && deskLevel === principal.level;
    }
  }
}
