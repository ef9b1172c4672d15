// Applies one event to a stored request state with xstate's pure transition, or says why it is refused.
import { transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { FIRST_REVIEW_LEVEL } from '../levels';
import type { RequestEventType, RequestStatus } from '../status';
import { COMMENT_REQUIRED, REQUEST_EVENT_TYPES } from '../status';
import { isFinalStatus } from '../position/status-groups';
import type { MachineRoute, RequestMachineContext, RequestMachineEvent } from './request-machine';
import { requestMachine } from './request-machine';

export type RequestSnapshot = SnapshotFrom<typeof requestMachine>;

/** What is stored in the requests table: the machine's state value and context. */
export interface StoredMachineState {
  value: RequestStatus;
  context: RequestMachineContext;
}

export type RefusalReason = 'request_closed' | 'not_allowed_in_status' | 'comment_required' | 'cannot_send_back_from_first_review';

export type Decision = { ok: true; state: StoredMachineState; from: StoredMachineState } | { ok: false; reason: RefusalReason };

export function initialMachineState(): StoredMachineState {
  return toStored(requestMachine.resolveState({ value: 'draft', context: { level: 1, finalLevel: 8, council: 'none', ruleId: null } }));
}

export function restoreSnapshot(stored: StoredMachineState): RequestSnapshot {
  return requestMachine.resolveState({ value: stored.value, context: stored.context });
}

function toStored(snapshot: RequestSnapshot): StoredMachineState {
  return { value: snapshot.value as RequestStatus, context: { ...snapshot.context } };
}

export function machineEvent(type: RequestEventType, comment: string | undefined, route: MachineRoute | null): RequestMachineEvent {
  if (type === 'SUBMIT' || type === 'RESUBMIT') {
    // The route only matters if the event is accepted; a placeholder lets can() judge the rest.
    return { type, route: route ?? { finalLevel: 8, council: 'none', ruleId: 'DEFAULT' }, comment };
  }
  return { type, comment };
}

function refusalReason(snapshot: RequestSnapshot, event: RequestMachineEvent): RefusalReason {
  if (isFinalStatus(snapshot.value as RequestStatus)) return 'request_closed';
  const withComment = { ...event, comment: 'x' } as RequestMachineEvent;
  if (!snapshot.can(withComment)) {
    if (event.type === 'SEND_BACK' && snapshot.value === 'in_review' && snapshot.context.level <= FIRST_REVIEW_LEVEL) {
      return 'cannot_send_back_from_first_review';
    }
    return 'not_allowed_in_status';
  }
  return 'comment_required';
}

/** The pure core of every decision: the machine alone says whether the event may happen. */
export function decide(stored: StoredMachineState, event: RequestMachineEvent): Decision {
  const snapshot = restoreSnapshot(stored);
  if (!snapshot.can(event)) return { ok: false, reason: refusalReason(snapshot, event) };
  const [next] = transition(requestMachine, snapshot, event);
  return { ok: true, state: toStored(next), from: toStored(snapshot) };
}

/** Event types the machine would accept now, assuming a comment is given where one is required. */
export function acceptedEventTypes(stored: StoredMachineState): RequestEventType[] {
  const snapshot = restoreSnapshot(stored);
  return REQUEST_EVENT_TYPES.filter((type) => {
    const comment = COMMENT_REQUIRED.includes(type) ? 'x' : undefined;
    return snapshot.can(machineEvent(type, comment, null));
  });
}
