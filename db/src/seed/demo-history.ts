// Writes a demo request's history by driving the real request machine: the planned steps are fed to
// `decide` one by one, so every stored state and event is one the server itself could have produced.
import { decide, initialMachineState, machineEvent } from '@bmrts/shared';
import type { MachineRoute, RequestEventType, RequestType, StoredMachineState } from '@bmrts/shared';
import type { Random } from './prng';
import type { Outcome } from './demo-outcomes';
import {
  ANALYST_APPROVE_COMMENTS,
  COUNCIL_APPROVE_COMMENTS,
  COUNCIL_REJECT_COMMENTS,
  FINAL_APPROVE_COMMENTS,
  REJECT_COMMENTS,
  RESUBMIT_COMMENTS,
  RETURN_COMMENTS,
  REVIEW_APPROVE_COMMENTS,
  SEND_BACK_COMMENTS,
  WITHDRAW_COMMENTS,
} from './demo-comments';

export interface PlannedStep {
  type: RequestEventType;
  comment: string | null;
}

export interface Transition extends PlannedStep {
  from: StoredMachineState;
  to: StoredMachineState;
}

/**
 * DOMAIN.md §8: 15–25 % are returned once at level 2. With the requests that are returned right now,
 * a 17 % chance of an earlier return-and-resubmit brings the total to about 20 %.
 */
const RETURNED_ONCE_SHARE = 0.17;
const SEND_BACK_SHARE = 0.08;

/** The highest review level the request reaches on its way to the outcome. */
function reachOf(outcome: Outcome, finalLevel: number): number {
  switch (outcome.kind) {
    case 'draft':
      return 1;
    case 'in_review':
    case 'withdrawn':
      return outcome.level;
    case 'returned':
      return outcome.fromLevel;
    case 'rejected':
      return outcome.atLevel === 'council' ? finalLevel : outcome.atLevel;
    case 'awaiting_council':
    case 'approved':
      return finalLevel;
  }
}

function approveComment(rng: Random, level: number, finalLevel: number): string | null {
  if (level === 2) return rng.chance(0.6) ? rng.pick(ANALYST_APPROVE_COMMENTS) : null;
  if (level >= finalLevel) return rng.chance(0.4) ? rng.pick(FINAL_APPROVE_COMMENTS) : null;
  return rng.chance(0.25) ? rng.pick(REVIEW_APPROVE_COMMENTS) : null;
}

/** The steps that take a request from draft to its outcome, with the occasional return and send-back on the way. */
export function planSteps(rng: Random, outcome: Outcome, type: RequestType, route: MachineRoute): PlannedStep[] {
  if (outcome.kind === 'draft') return [];
  if (outcome.kind === 'withdrawn' && outcome.from === 'draft') return [{ type: 'WITHDRAW', comment: rng.pick(WITHDRAW_COMMENTS) }];

  const steps: PlannedStep[] = [{ type: 'SUBMIT', comment: null }];
  const endsReturned = outcome.kind === 'returned' || (outcome.kind === 'withdrawn' && outcome.from === 'returned');
  if (!endsReturned && rng.chance(RETURNED_ONCE_SHARE)) {
    steps.push({ type: 'RETURN', comment: rng.pick(RETURN_COMMENTS[type]) });
    steps.push({ type: 'RESUBMIT', comment: rng.chance(0.6) ? rng.pick(RESUBMIT_COMMENTS) : null });
  }

  const reach = reachOf(outcome, route.finalLevel);
  const sendBackAt = reach >= 3 && rng.chance(SEND_BACK_SHARE) ? rng.int(3, reach) : null;
  for (let level = 2; level < reach; level++) {
    steps.push({ type: 'APPROVE', comment: approveComment(rng, level, route.finalLevel) });
    if (level + 1 === sendBackAt) {
      steps.push({ type: 'SEND_BACK', comment: rng.pick(SEND_BACK_COMMENTS) });
      steps.push({ type: 'APPROVE', comment: approveComment(rng, level, route.finalLevel) });
    }
  }

  const finalApproval: PlannedStep = { type: 'APPROVE', comment: approveComment(rng, route.finalLevel, route.finalLevel) };
  switch (outcome.kind) {
    case 'in_review':
      break;
    case 'returned':
      steps.push({ type: 'RETURN', comment: rng.pick(RETURN_COMMENTS[type]) });
      break;
    case 'awaiting_council':
      steps.push(finalApproval);
      break;
    case 'approved':
      steps.push(finalApproval);
      if (route.council === 'approve') steps.push({ type: 'COUNCIL_APPROVE', comment: rng.pick(COUNCIL_APPROVE_COMMENTS) });
      break;
    case 'rejected':
      if (outcome.atLevel === 'council') {
        steps.push(finalApproval, { type: 'COUNCIL_REJECT', comment: rng.pick(COUNCIL_REJECT_COMMENTS) });
      } else {
        steps.push({ type: 'REJECT', comment: rng.pick(REJECT_COMMENTS[type]) });
      }
      break;
    case 'withdrawn':
      if (outcome.from === 'returned') steps.push({ type: 'RETURN', comment: rng.pick(RETURN_COMMENTS[type]) });
      steps.push({ type: 'WITHDRAW', comment: rng.chance(0.7) ? rng.pick(WITHDRAW_COMMENTS) : null });
      break;
  }
  return steps;
}

/** Feeds the steps to the machine; a refused step is a bug in the plan, so it throws rather than skips. */
export function runSteps(steps: readonly PlannedStep[], route: MachineRoute): { transitions: Transition[]; state: StoredMachineState } {
  let state = initialMachineState();
  const transitions = steps.map((step) => {
    const decision = decide(state, machineEvent(step.type, step.comment ?? undefined, route));
    if (!decision.ok)
      throw new Error(`demo history: ${step.type} refused in ${state.value} at level ${state.context.level}: ${decision.reason}`);
    state = decision.state;
    return { ...step, from: decision.from, to: decision.state };
  });
  return { transitions, state };
}
