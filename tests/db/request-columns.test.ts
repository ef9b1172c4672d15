// The plain request columns read off the machine state: what lists and inboxes filter on says what the state says.
import { describe, expect, it } from 'vitest';
import { requestColumnsOf } from '@bmrts/db';
import {
  decide,
  initialMachineState,
  machineEvent,
  type MachineRoute,
  type RequestEventType,
  type StoredMachineState,
} from '@bmrts/shared';

const COUNCIL_ROUTE: MachineRoute = { finalLevel: 8, council: 'approve', ruleId: 'B7' };

function after(types: RequestEventType[], route: MachineRoute = COUNCIL_ROUTE): StoredMachineState {
  return types.reduce((state, type) => {
    const decision = decide(state, machineEvent(type, 'เหตุผล', route));
    if (!decision.ok) throw new Error(`${type} refused: ${decision.reason}`);
    return decision.state;
  }, initialMachineState());
}

describe('the request columns of a machine state', () => {
  it('show a draft as not routed yet, though its context holds the placeholder level 8', () => {
    expect(initialMachineState().context.finalLevel).toBe(8);
    expect(requestColumnsOf(initialMachineState())).toEqual({
      status: 'draft',
      level: 1,
      final_level: null,
      council: 'none',
      rule_id: null,
    });
    expect(requestColumnsOf(after(['WITHDRAW']))).toEqual({
      status: 'withdrawn',
      level: 1,
      final_level: null,
      council: 'none',
      rule_id: null,
    });
  });

  it('carry the route from submission on, wherever the request goes', () => {
    expect(requestColumnsOf(after(['SUBMIT', 'APPROVE']))).toEqual({
      status: 'in_review',
      level: 3,
      final_level: 8,
      council: 'approve',
      rule_id: 'B7',
    });
    expect(requestColumnsOf(after(['SUBMIT', 'RETURN']))).toEqual({
      status: 'returned',
      level: 1,
      final_level: 8,
      council: 'approve',
      rule_id: 'B7',
    });
    expect(requestColumnsOf(after(['SUBMIT', 'WITHDRAW']))).toEqual({
      status: 'withdrawn',
      level: 2,
      final_level: 8,
      council: 'approve',
      rule_id: 'B7',
    });
  });

  it('take the new route a resubmission brings', () => {
    const returned = after(['SUBMIT', 'RETURN']);
    const decision = decide(returned, machineEvent('RESUBMIT', undefined, { finalLevel: 6, council: 'none', ruleId: 'B2' }));
    if (!decision.ok) throw new Error(decision.reason);
    expect(requestColumnsOf(decision.state)).toEqual({ status: 'in_review', level: 2, final_level: 6, council: 'none', rule_id: 'B2' });
  });
});
