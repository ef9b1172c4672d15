// The request machine and decide(): every path of DOMAIN.md §4, every refusal, and reachability of the final states.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  acceptedEventTypes,
  decide,
  FINAL_STATUSES,
  initialMachineState,
  machineEvent,
  REQUEST_EVENT_TYPES,
  REQUEST_STATUSES,
  requestMachine,
} from '@bmrts/shared';
import type {
  CouncilMode,
  MachineRoute,
  RefusalReason,
  RequestEventType,
  RequestMachineEvent,
  RequestStatus,
  StoredMachineState,
} from '@bmrts/shared';

// ---- small factories -------------------------------------------------------------------------

function route(finalLevel: number, council: CouncilMode = 'none', ruleId = `R${finalLevel}`): MachineRoute {
  return { finalLevel, council, ruleId };
}

function stored(value: RequestStatus, context: Partial<StoredMachineState['context']> = {}): StoredMachineState {
  return { value, context: { level: 1, finalLevel: 8, council: 'none', ruleId: null, ...context } };
}

/** An event as the server builds it; comment-requiring events get a real reason unless told otherwise. */
function ev(type: RequestEventType, options: { comment?: string; route?: MachineRoute } = {}): RequestMachineEvent {
  return machineEvent(type, options.comment, options.route ?? null);
}

const BECAUSE = 'เอกสารไม่ครบ';

/** Applies events in order, failing the test with the refusal reason if any is refused. */
function run(start: StoredMachineState, events: readonly RequestMachineEvent[]): StoredMachineState {
  return events.reduce((state, event) => {
    const decision = decide(state, event);
    if (!decision.ok) throw new Error(`${event.type} refused in ${state.value} at level ${state.context.level}: ${decision.reason}`);
    return decision.state;
  }, start);
}

function submitted(finalLevel: number, council: CouncilMode = 'none'): StoredMachineState {
  return run(initialMachineState(), [ev('SUBMIT', { route: route(finalLevel, council) })]);
}

/** A request in review at `level` of a route ending at `finalLevel`. */
function inReviewAt(level: number, finalLevel = 8, council: CouncilMode = 'none'): StoredMachineState {
  const approvals = Array.from({ length: level - 2 }, () => ev('APPROVE'));
  return run(submitted(finalLevel, council), approvals);
}

function refusal(state: StoredMachineState, event: RequestMachineEvent): RefusalReason {
  const decision = decide(state, event);
  if (decision.ok) throw new Error(`${event.type} was accepted in ${state.value}`);
  return decision.reason;
}

// ---- the happy paths ---------------------------------------------------------------------------

describe('a new request', () => {
  it('starts as a draft held by the budget unit at level 1 with no rule yet', () => {
    expect(initialMachineState()).toEqual(stored('draft', { level: 1, finalLevel: 8, council: 'none', ruleId: null }));
  });

  it('goes to the analyst at level 2 on submit and records the route it carries', () => {
    const decision = decide(initialMachineState(), ev('SUBMIT', { route: route(6, 'none', 'A3') }));
    expect(decision).toEqual({
      ok: true,
      from: stored('draft'),
      state: stored('in_review', { level: 2, finalLevel: 6, council: 'none', ruleId: 'A3' }),
    });
  });
});

describe('approval up to the final level', () => {
  for (const finalLevel of [2, 3, 4, 5, 6, 7, 8]) {
    it(`climbs one level per approval and is approved at level ${finalLevel} when that is the final level`, () => {
      let state = submitted(finalLevel);
      const levelsSeen = [state.context.level];
      while (state.value === 'in_review') {
        state = run(state, [ev('APPROVE')]);
        levelsSeen.push(state.context.level);
      }
      const expectedLevels = Array.from({ length: finalLevel - 1 }, (_, i) => i + 2);
      expect(levelsSeen).toEqual([...expectedLevels, finalLevel]);
      expect(state).toEqual(stored('approved', { level: finalLevel, finalLevel, council: 'none', ruleId: `R${finalLevel}` }));
    });
  }

  it('stays in review below the final level', () => {
    const state = run(submitted(5), [ev('APPROVE'), ev('APPROVE')]);
    expect(state.value).toBe('in_review');
    expect(state.context.level).toBe(4);
  });
});

describe('the BMA Council step', () => {
  it('waits for the Council after the deputy governor approves a request that needs Council approval', () => {
    const state = run(inReviewAt(8, 8, 'approve'), [ev('APPROVE')]);
    expect(state).toEqual(stored('awaiting_council', { level: 8, finalLevel: 8, council: 'approve', ruleId: 'R8' }));
    expect(acceptedEventTypes(state)).toEqual(['WITHDRAW', 'COUNCIL_APPROVE', 'COUNCIL_REJECT']);
  });

  it('is approved when the Council approves', () => {
    const state = run(inReviewAt(8, 8, 'approve'), [ev('APPROVE'), ev('COUNCIL_APPROVE')]);
    expect(state.value).toBe('approved');
    expect(state.context.level).toBe(8);
  });

  it('is rejected when the Council rejects with a comment', () => {
    const state = run(inReviewAt(8, 8, 'approve'), [ev('APPROVE'), ev('COUNCIL_REJECT', { comment: 'สภาไม่เห็นชอบ' })]);
    expect(state.value).toBe('rejected');
  });

  it('refuses a Council rejection without a comment', () => {
    const waiting = run(inReviewAt(8, 8, 'approve'), [ev('APPROVE')]);
    expect(decide(waiting, ev('COUNCIL_REJECT'))).toEqual({ ok: false, reason: 'comment_required' });
  });

  for (const council of ['report', 'none'] as const) {
    it(`is approved at level 8 without waiting for the Council when the council mode is '${council}'`, () => {
      const state = run(inReviewAt(8, 8, council), [ev('APPROVE')]);
      expect(state).toEqual(stored('approved', { level: 8, finalLevel: 8, council, ruleId: 'R8' }));
    });
  }

  it('does not wait for the Council while the request is still below its final level', () => {
    const state = run(inReviewAt(6, 8, 'approve'), [ev('APPROVE')]);
    expect(state).toEqual(stored('in_review', { level: 7, finalLevel: 8, council: 'approve', ruleId: 'R8' }));
  });
});

// ---- return, resubmit, send back, reject -------------------------------------------------------

describe('returning a request to the unit', () => {
  it('returns a request to the unit with a comment', () => {
    const state = run(inReviewAt(4, 6), [ev('RETURN', { comment: BECAUSE })]);
    expect(state).toEqual(stored('returned', { level: 1, finalLevel: 6, council: 'none', ruleId: 'R6' }));
  });

  it('refuses to return a request without a comment', () => {
    expect(refusal(inReviewAt(3), ev('RETURN'))).toBe('comment_required');
  });

  it('starts again at level 2 on resubmit, with the route computed for the revised request', () => {
    const returned = run(inReviewAt(3, 4), [ev('RETURN', { comment: BECAUSE })]);
    const decision = decide(returned, ev('RESUBMIT', { route: route(8, 'approve', 'B7') }));
    expect(decision).toEqual({
      ok: true,
      from: returned,
      state: stored('in_review', { level: 2, finalLevel: 8, council: 'approve', ruleId: 'B7' }),
    });
  });

  it('can be returned at level 2, revised and then approved along the new route', () => {
    const state = run(submitted(8, 'approve'), [
      ev('RETURN', { comment: BECAUSE }),
      ev('RESUBMIT', { route: route(2, 'none', 'X2') }),
      ev('APPROVE'),
    ]);
    expect(state).toEqual(stored('approved', { level: 2, finalLevel: 2, council: 'none', ruleId: 'X2' }));
  });
});

describe('sending a request back one level', () => {
  it('moves the request one level down with a comment and keeps it in review', () => {
    const state = run(inReviewAt(5, 7), [ev('SEND_BACK', { comment: 'ขอให้ทบทวนวงเงิน' })]);
    expect(state).toEqual(stored('in_review', { level: 4, finalLevel: 7, council: 'none', ruleId: 'R7' }));
  });

  it('can send back from level 3 to the analyst at level 2', () => {
    expect(run(inReviewAt(3), [ev('SEND_BACK', { comment: BECAUSE })]).context.level).toBe(2);
  });

  it('can send back from the final level, which must then approve again', () => {
    const state = run(inReviewAt(6, 6), [ev('SEND_BACK', { comment: BECAUSE }), ev('APPROVE')]);
    expect(state).toEqual(stored('in_review', { level: 6, finalLevel: 6, council: 'none', ruleId: 'R6' }));
  });

  it('refuses to send back without a comment', () => {
    expect(refusal(inReviewAt(4), ev('SEND_BACK'))).toBe('comment_required');
  });

  it('refuses to send back from the first review level, with a comment or without', () => {
    expect(refusal(inReviewAt(2), ev('SEND_BACK', { comment: BECAUSE }))).toBe('cannot_send_back_from_first_review');
    expect(refusal(inReviewAt(2), ev('SEND_BACK'))).toBe('cannot_send_back_from_first_review');
  });
});

describe('rejecting a request', () => {
  for (const level of [2, 5, 8]) {
    it(`rejects a request at level ${level} with a comment; rejection is final`, () => {
      const state = run(inReviewAt(level), [ev('REJECT', { comment: 'ไม่อยู่ในแผน' })]);
      expect(state).toEqual(stored('rejected', { level, finalLevel: 8, council: 'none', ruleId: 'R8' }));
      expect(acceptedEventTypes(state)).toEqual([]);
    });
  }

  it('refuses a rejection without a comment', () => {
    expect(refusal(inReviewAt(3), ev('REJECT'))).toBe('comment_required');
  });
});

describe('whitespace-only comments', () => {
  const blanks = ['', ' ', '   ', '\t', '\n', ' \u3000 '];
  for (const type of ['RETURN', 'SEND_BACK', 'REJECT'] as const) {
    it(`count as missing for ${type}`, () => {
      for (const blank of blanks) {
        expect(refusal(inReviewAt(4), ev(type, { comment: blank }))).toBe('comment_required');
      }
    });
  }

  it('count as missing for a Council rejection', () => {
    const waiting = run(inReviewAt(8, 8, 'approve'), [ev('APPROVE')]);
    expect(refusal(waiting, ev('COUNCIL_REJECT', { comment: '  \n ' }))).toBe('comment_required');
  });

  it('do not block events that need no comment', () => {
    expect(decide(inReviewAt(3), ev('APPROVE', { comment: '   ' })).ok).toBe(true);
  });
});

// ---- withdrawal -------------------------------------------------------------------------------

describe('withdrawal by the unit', () => {
  const before: Record<'draft' | 'in_review' | 'returned' | 'awaiting_council', () => StoredMachineState> = {
    draft: () => initialMachineState(),
    in_review: () => inReviewAt(5),
    returned: () => run(inReviewAt(3), [ev('RETURN', { comment: BECAUSE })]),
    awaiting_council: () => run(inReviewAt(8, 8, 'approve'), [ev('APPROVE')]),
  };
  for (const [status, make] of Object.entries(before)) {
    it(`withdraws a request that is ${status}, without a comment, and keeps its level`, () => {
      const start = make();
      expect(start.value).toBe(status);
      const state = run(start, [ev('WITHDRAW')]);
      expect(state).toEqual({ value: 'withdrawn', context: start.context });
    });
  }
});

// ---- the full table of accepted and refused events ------------------------------------------

/** One representative stored state for each status; in_review sits mid-route so every review action is possible. */
function representative(status: RequestStatus): StoredMachineState {
  switch (status) {
    case 'draft':
      return initialMachineState();
    case 'in_review':
      return inReviewAt(4, 6);
    case 'returned':
      return run(inReviewAt(4, 6), [ev('RETURN', { comment: BECAUSE })]);
    case 'awaiting_council':
      return run(inReviewAt(8, 8, 'approve'), [ev('APPROVE')]);
    case 'approved':
      return run(inReviewAt(4, 4), [ev('APPROVE')]);
    case 'rejected':
      return run(inReviewAt(4, 6), [ev('REJECT', { comment: BECAUSE })]);
    case 'withdrawn':
      return run(inReviewAt(4, 6), [ev('WITHDRAW')]);
  }
}

const ACCEPTED: Record<RequestStatus, readonly RequestEventType[]> = {
  draft: ['SUBMIT', 'WITHDRAW'],
  in_review: ['APPROVE', 'RETURN', 'SEND_BACK', 'REJECT', 'WITHDRAW'],
  returned: ['WITHDRAW', 'RESUBMIT'],
  awaiting_council: ['WITHDRAW', 'COUNCIL_APPROVE', 'COUNCIL_REJECT'],
  approved: [],
  rejected: [],
  withdrawn: [],
};

const NEXT_STATUS: Partial<Record<RequestStatus, Partial<Record<RequestEventType, RequestStatus>>>> = {
  draft: { SUBMIT: 'in_review', WITHDRAW: 'withdrawn' },
  in_review: { APPROVE: 'in_review', RETURN: 'returned', SEND_BACK: 'in_review', REJECT: 'rejected', WITHDRAW: 'withdrawn' },
  returned: { RESUBMIT: 'in_review', WITHDRAW: 'withdrawn' },
  awaiting_council: { COUNCIL_APPROVE: 'approved', COUNCIL_REJECT: 'rejected', WITHDRAW: 'withdrawn' },
};

describe('every event in every status', () => {
  for (const status of REQUEST_STATUSES) {
    describe(`a request that is ${status}`, () => {
      for (const type of REQUEST_EVENT_TYPES) {
        const accepted = ACCEPTED[status].includes(type);
        const expectedReason: RefusalReason = FINAL_STATUSES.includes(status) ? 'request_closed' : 'not_allowed_in_status';
        it(accepted ? `accepts ${type}` : `refuses ${type} with '${expectedReason}' and stays unchanged`, () => {
          const state = representative(status);
          expect(state.value).toBe(status);
          const snapshotBefore = structuredClone(state);
          const decision = decide(state, ev(type, { comment: BECAUSE, route: route(5) }));
          if (accepted) {
            expect(decision.ok).toBe(true);
            if (decision.ok) {
              expect(decision.from).toEqual(snapshotBefore);
              expect(decision.state.value).toBe(NEXT_STATUS[status]?.[type]);
            }
          } else {
            expect(decision).toEqual({ ok: false, reason: expectedReason });
          }
          // decide is pure: the stored state it was given is never changed, accepted or not.
          expect(state).toEqual(snapshotBefore);
        });
      }

      it('offers exactly the accepted events as allowed actions', () => {
        expect(acceptedEventTypes(representative(status))).toEqual(ACCEPTED[status]);
      });
    });
  }

  it('refuses even comment-requiring events on a closed request as closed, not as missing a comment', () => {
    for (const status of FINAL_STATUSES) {
      for (const type of REQUEST_EVENT_TYPES) {
        expect(refusal(representative(status), ev(type))).toBe('request_closed');
      }
    }
  });

  it('says not_allowed_in_status rather than comment_required when the event cannot happen anyway', () => {
    expect(refusal(initialMachineState(), ev('RETURN'))).toBe('not_allowed_in_status');
    expect(refusal(initialMachineState(), ev('COUNCIL_REJECT'))).toBe('not_allowed_in_status');
    expect(refusal(representative('returned'), ev('SEND_BACK'))).toBe('not_allowed_in_status');
  });

  it('does not let the analyst send back the request at level 2 but lets them return it', () => {
    expect(acceptedEventTypes(inReviewAt(2))).toEqual(['APPROVE', 'RETURN', 'REJECT', 'WITHDRAW']);
  });
});

// ---- reachability with xstate/graph ------------------------------------------------------------

describe('reachability of the final states', () => {
  const routes = [route(2, 'none'), route(4, 'none'), route(8, 'approve'), route(8, 'report')];
  const events: RequestMachineEvent[] = [
    ...routes.map((r): RequestMachineEvent => ({ type: 'SUBMIT', route: r })),
    ...routes.map((r): RequestMachineEvent => ({ type: 'RESUBMIT', route: r })),
    { type: 'APPROVE' },
    { type: 'RETURN', comment: BECAUSE },
    { type: 'SEND_BACK', comment: BECAUSE },
    { type: 'REJECT', comment: BECAUSE },
    { type: 'WITHDRAW' },
    { type: 'COUNCIL_APPROVE' },
    { type: 'COUNCIL_REJECT', comment: BECAUSE },
  ];
  const paths = getShortestPaths(requestMachine, { events });
  const reachedStatuses = new Set(paths.map((path) => path.state.value as RequestStatus));

  it('reaches every status of the request', () => {
    expect([...reachedStatuses].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  it('reaches approved, rejected and withdrawn, each by a path the machine accepts step by step', () => {
    for (const finalStatus of FINAL_STATUSES) {
      const path = paths.find((p) => p.state.value === finalStatus);
      expect(path, finalStatus).toBeDefined();
      // The first step of every path is xstate's own init event, which is not a request event.
      const requestEvents = (path?.steps ?? []).map((step) => step.event).filter((event) => (event.type as string) !== 'xstate.init');
      expect(requestEvents.length).toBeGreaterThan(0);
      const replayed = run(initialMachineState(), requestEvents);
      expect(replayed.value).toBe(finalStatus);
    }
  });

  it('reaches approval through the Council only for routes that need Council approval', () => {
    const councilApprovals = paths.filter((p) => p.state.value === 'approved' && p.steps.some((s) => s.event.type === 'COUNCIL_APPROVE'));
    expect(councilApprovals.length).toBeGreaterThan(0);
    for (const p of councilApprovals) expect(p.state.context.council).toBe('approve');
  });

  it('reaches approval at every level a route may end at, and nowhere else', () => {
    const approvedLevels = new Set(paths.filter((p) => p.state.value === 'approved').map((p) => p.state.context.level));
    expect([...approvedLevels].sort((a, b) => a - b)).toEqual([2, 4, 8]);
  });

  it('never takes a request in review below level 2 or above its final level', () => {
    for (const p of paths.filter((q) => q.state.value === 'in_review')) {
      expect(p.state.context.level).toBeGreaterThanOrEqual(2);
      expect(p.state.context.level).toBeLessThanOrEqual(p.state.context.finalLevel);
    }
  });
});
