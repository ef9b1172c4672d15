// The named groups of request statuses, once, read off the request machine's own states: each state's meta says who
// holds it and its tags say whether the Office's clock runs, whether the unit may edit, whether it is decided. Adding a
// state without meta fails here at start-up and in the machine's test, so no reader can forget it.
import { requestMachine, type RequestStateMeta, type RequestStateTag, type StateHolder } from '../machine/request-machine';
import { BULK_EVENT_TYPES, REQUEST_STATUSES, type RequestStatus } from '../status';

/** What one state of the machine says about a request in it. */
export interface StateFacts {
  holder: StateHolder;
  tags: ReadonlySet<RequestStateTag>;
  /** A final state: nothing moves the request any more. */
  final: boolean;
  /** The state takes every bulk decision (approve, return, reject), so the request may go in one (issue 15). */
  bulkDecidable: boolean;
}

function factsOf(status: RequestStatus): StateFacts {
  const node = requestMachine.states[status];
  const meta = node?.meta as RequestStateMeta | undefined;
  if (!node || !meta?.holder) throw new Error(`The request machine's state "${status}" must say who holds it (meta.holder).`);
  const takes = new Set<string>(node.ownEvents);
  return {
    holder: meta.holder,
    tags: new Set(node.tags as RequestStateTag[]),
    final: node.type === 'final',
    bulkDecidable: BULK_EVENT_TYPES.every((type) => takes.has(type)),
  };
}

export const STATE_FACTS: Readonly<Record<RequestStatus, StateFacts>> = Object.fromEntries(
  REQUEST_STATUSES.map((s) => [s, factsOf(s)]),
) as Record<RequestStatus, StateFacts>;

const statusesWhere = (test: (facts: StateFacts) => boolean): readonly RequestStatus[] =>
  REQUEST_STATUSES.filter((s) => test(STATE_FACTS[s]));

/** Approved, rejected, withdrawn: nothing moves them. */
export const FINAL_STATUSES = statusesWhere((f) => f.final);
/** Not final: somebody still has a move. */
export const OPEN_STATUSES = statusesWhere((f) => !f.final);
/** With the budget unit (draft, returned): level 1's, and the Office's clock stands still. */
export const WITH_UNIT_STATUSES = statusesWhere((f) => f.holder === 'unit');
/** At one of the Office's review levels (in review): the level in the request's context holds it. */
export const AT_REVIEW_LEVEL_STATUSES = statusesWhere((f) => f.holder === 'review_level');
/** Waiting for the BMA Council. */
export const AT_COUNCIL_STATUSES = statusesWhere((f) => f.holder === 'council');
/** Waiting for somebody other than its unit: a review level or the Council. */
export const AWAY_FROM_UNIT_STATUSES = statusesWhere((f) => f.holder === 'review_level' || f.holder === 'council');
/** The Office's clock runs: measured against the holding level's target, and the only statuses that can be overdue. */
export const CLOCK_RUNNING_STATUSES = statusesWhere((f) => f.tags.has('clockRunning'));
/** The unit may change the request's content. */
export const EDITABLE_STATUSES = statusesWhere((f) => f.tags.has('editable'));
/** A decision has been taken: approved, rejected, or approved by the Office and sent on to the Council. */
export const DECIDED_STATUSES = statusesWhere((f) => f.tags.has('decided'));

export function isFinalStatus(status: RequestStatus): boolean {
  return STATE_FACTS[status].final;
}
