// The request machine (XState v5): one request's path from draft through the review levels to a final decision.
import { and, assign, setup } from 'xstate';
import { FIRST_REVIEW_LEVEL } from '../levels';
import type { CouncilMode } from '../status';

/** The routing decision that SUBMIT and RESUBMIT carry, computed by routeRequest at that moment. */
export interface MachineRoute {
  finalLevel: number;
  council: CouncilMode;
  ruleId: string;
}

export interface RequestMachineContext {
  /** The level that holds the request now: 1 while draft or returned. */
  level: number;
  finalLevel: number;
  council: CouncilMode;
  ruleId: string | null;
}

export type RequestMachineEvent =
  | { type: 'SUBMIT'; route: MachineRoute; comment?: string }
  | { type: 'RESUBMIT'; route: MachineRoute; comment?: string }
  | { type: 'APPROVE'; comment?: string }
  | { type: 'RETURN'; comment?: string }
  | { type: 'SEND_BACK'; comment?: string }
  | { type: 'REJECT'; comment?: string }
  | { type: 'WITHDRAW'; comment?: string }
  | { type: 'COUNCIL_APPROVE'; comment?: string }
  | { type: 'COUNCIL_REJECT'; comment?: string };

export const requestMachine = setup({
  types: {
    context: {} as RequestMachineContext,
    events: {} as RequestMachineEvent,
  },
  guards: {
    hasComment: ({ event }) => typeof event.comment === 'string' && event.comment.trim().length > 0,
    isFinalLevel: ({ context }) => context.level >= context.finalLevel,
    needsCouncilApproval: ({ context }) => context.council === 'approve',
    isAboveFirstReview: ({ context }) => context.level > FIRST_REVIEW_LEVEL,
  },
  actions: {
    applyRoute: assign(({ event }) => {
      if (event.type !== 'SUBMIT' && event.type !== 'RESUBMIT') return {};
      return { finalLevel: event.route.finalLevel, council: event.route.council, ruleId: event.route.ruleId };
    }),
    enterFirstReview: assign({ level: FIRST_REVIEW_LEVEL }),
    moveUp: assign({ level: ({ context }) => context.level + 1 }),
    moveDown: assign({ level: ({ context }) => context.level - 1 }),
    returnToUnit: assign({ level: 1 }),
  },
}).createMachine({
  id: 'request',
  initial: 'draft',
  context: { level: 1, finalLevel: 8, council: 'none', ruleId: null },
  states: {
    draft: {
      on: {
        SUBMIT: { target: 'in_review', actions: ['applyRoute', 'enterFirstReview'] },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    in_review: {
      on: {
        APPROVE: [
          { guard: and(['isFinalLevel', 'needsCouncilApproval']), target: 'awaiting_council' },
          { guard: 'isFinalLevel', target: 'approved' },
          { target: 'in_review', reenter: true, actions: 'moveUp' },
        ],
        RETURN: { guard: 'hasComment', target: 'returned', actions: 'returnToUnit' },
        SEND_BACK: { guard: and(['hasComment', 'isAboveFirstReview']), target: 'in_review', reenter: true, actions: 'moveDown' },
        REJECT: { guard: 'hasComment', target: 'rejected' },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    returned: {
      on: {
        RESUBMIT: { target: 'in_review', actions: ['applyRoute', 'enterFirstReview'] },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    awaiting_council: {
      on: {
        COUNCIL_APPROVE: { target: 'approved' },
        COUNCIL_REJECT: { guard: 'hasComment', target: 'rejected' },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
