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

/**
 * Who holds a request in a state: its budget unit, the review level in its context, the BMA Council, or nobody (decided
 * or withdrawn). Every state says it in its meta; `shared/src/position` reads it, and a test fails on a state without it.
 */
export const STATE_HOLDERS = ['unit', 'review_level', 'council', 'nobody'] as const;
export type StateHolder = (typeof STATE_HOLDERS)[number];

export interface RequestStateMeta {
  holder: StateHolder;
}

/**
 * What a state means for the people around it (read by `shared/src/position`):
 * - `clockRunning`: the Budget Office's clock runs, so the wait is measured against the holding level's target and can be overdue;
 * - `editable`: the unit may change the request's content;
 * - `decided`: a decision has been taken on it (approved, rejected, or approved by the Office and sent on to the Council).
 */
export type RequestStateTag = 'clockRunning' | 'editable' | 'decided';

export const requestMachine = setup({
  types: {
    context: {} as RequestMachineContext,
    events: {} as RequestMachineEvent,
    meta: {} as RequestStateMeta,
    tags: {} as RequestStateTag,
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
      tags: ['editable'],
      meta: { holder: 'unit' },
      on: {
        SUBMIT: { target: 'in_review', actions: ['applyRoute', 'enterFirstReview'] },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    in_review: {
      tags: ['clockRunning'],
      meta: { holder: 'review_level' },
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
      // The Office's clock stops while the unit revises.
      tags: ['editable'],
      meta: { holder: 'unit' },
      on: {
        RESUBMIT: { target: 'in_review', actions: ['applyRoute', 'enterFirstReview'] },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    awaiting_council: {
      // The Council's calendar is not the Office's: no target, never overdue (decision record 0015).
      tags: ['decided'],
      meta: { holder: 'council' },
      on: {
        COUNCIL_APPROVE: { target: 'approved' },
        COUNCIL_REJECT: { guard: 'hasComment', target: 'rejected' },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    approved: { type: 'final', tags: ['decided'], meta: { holder: 'nobody' } },
    rejected: { type: 'final', tags: ['decided'], meta: { holder: 'nobody' } },
    withdrawn: { type: 'final', meta: { holder: 'nobody' } },
  },
});
