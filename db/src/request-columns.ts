// The request machine's stored state is the one truth about where a request stands; the requests table repeats part of
// it in plain columns (status, level, final_level, council, rule_id) so lists, inboxes and indexes can filter on them.
// Every writer takes those columns from here, so they cannot drift from the state they repeat.
import type { StoredMachineState } from '@bmrts/shared';
import type { RequestTable } from './schema';

export type RequestColumns = Pick<RequestTable, 'status' | 'level' | 'final_level' | 'council' | 'rule_id'>;
export type RequestStateColumns = RequestColumns & Pick<RequestTable, 'machine_state'>;

/**
 * The denormalised columns of a request in this machine state.
 *
 * A request not yet routed (a draft, or one withdrawn as a draft) has final_level null, although its context says 8:
 * that 8 is the machine's placeholder until SUBMIT applies a route, not a decision anyone took. The context marks
 * "routed" itself: ruleId is null exactly until a route is applied (a route always names a rule, DEFAULT when none
 * matched). Reporting the placeholder would tell users something false: the API's finalLevel, the request page's
 * stepper (it would mark level 8 as the deciding level), the printout's route and the exports all show a draft as
 * not routed yet.
 */
export function requestColumnsOf(stored: StoredMachineState): RequestColumns {
  const { value, context } = stored;
  return {
    status: value,
    level: context.level,
    final_level: context.ruleId === null ? null : context.finalLevel,
    council: context.council,
    rule_id: context.ruleId,
  };
}

/** The machine state as stored (its JSON) together with the columns that repeat it: what a writer puts in the row. */
export function requestStateColumns(stored: StoredMachineState): RequestStateColumns {
  return { machine_state: JSON.stringify(stored), ...requestColumnsOf(stored) };
}
