// mayPerform: who may send which event to a request, apart from whether the machine accepts it now.
import { describe, expect, it } from 'vitest';
import { EVENT_PERFORMER, mayPerform, REQUEST_EVENT_TYPES, REQUEST_STATUSES } from '@bmrts/shared';
import type { Principal, RequestEventType, RequestPosition } from '@bmrts/shared';

// ---- factories -------------------------------------------------------------------------------

const OWN_UNIT = 'D01';
const OTHER_UNIT = 'D02';

function unitUser(unitCode = OWN_UNIT): Principal {
  return { id: `unit-${unitCode}`, level: 1, unitCode, isAdmin: false };
}

function reviewer(level: number, unitCode: string | null = null): Principal {
  return { id: `reviewer-${level}`, level, unitCode, isAdmin: false };
}

function admin(level: number | null = null): Principal {
  return { id: 'admin', level, unitCode: null, isAdmin: true };
}

function request(overrides: Partial<RequestPosition> = {}): RequestPosition {
  return { status: 'in_review', level: 3, unitCode: OWN_UNIT, ...overrides };
}

const UNIT_EVENTS = ['SUBMIT', 'WITHDRAW', 'RESUBMIT'] as const; // in REQUEST_EVENT_TYPES order
const REVIEW_EVENTS = ['APPROVE', 'RETURN', 'SEND_BACK', 'REJECT'] as const;
const COUNCIL_EVENTS = ['COUNCIL_APPROVE', 'COUNCIL_REJECT'] as const;

function allowedEvents(principal: Principal, position: RequestPosition, inScope = true): RequestEventType[] {
  return REQUEST_EVENT_TYPES.filter((type) => mayPerform(principal, position, type, inScope));
}

describe('the performer table', () => {
  it('gives unit events to the owning unit, review events to the level holder and Council events to the recorder', () => {
    expect(EVENT_PERFORMER).toEqual({
      SUBMIT: 'owning_unit',
      RESUBMIT: 'owning_unit',
      WITHDRAW: 'owning_unit',
      APPROVE: 'level_holder',
      RETURN: 'level_holder',
      SEND_BACK: 'level_holder',
      REJECT: 'level_holder',
      COUNCIL_APPROVE: 'council_recorder',
      COUNCIL_REJECT: 'council_recorder',
    });
  });
});

describe('the owning budget unit', () => {
  it('may submit, resubmit and withdraw its own request and nothing else', () => {
    expect(allowedEvents(unitUser(), request({ status: 'draft', level: 1 }))).toEqual([...UNIT_EVENTS]);
  });

  it('may withdraw its own request wherever it is, leaving the status to the machine', () => {
    for (const status of REQUEST_STATUSES) {
      expect(mayPerform(unitUser(), request({ status, level: 5 }), 'WITHDRAW', true), status).toBe(true);
    }
  });

  it('may not approve its own request even when it sits at level 1', () => {
    for (const type of [...REVIEW_EVENTS, ...COUNCIL_EVENTS]) {
      expect(mayPerform(unitUser(), request({ status: 'in_review', level: 1 }), type, true), type).toBe(false);
    }
  });
});

describe('another budget unit', () => {
  it('may do nothing with a request that is not its own', () => {
    expect(allowedEvents(unitUser(OTHER_UNIT), request({ status: 'draft', level: 1 }))).toEqual([]);
    expect(allowedEvents(unitUser(OTHER_UNIT), request({ status: 'returned', level: 1 }))).toEqual([]);
  });
});

describe('a reviewer', () => {
  it('may approve, return, send back and reject at the level that holds the request', () => {
    expect(allowedEvents(reviewer(3), request({ status: 'in_review', level: 3 }))).toEqual([...REVIEW_EVENTS]);
  });

  for (const level of [2, 3, 4, 5, 6, 7, 8]) {
    it(`at level ${level} may review only a request held at level ${level}`, () => {
      for (const held of [2, 3, 4, 5, 6, 7, 8]) {
        const expected = held === level ? [...REVIEW_EVENTS] : [];
        expect(allowedEvents(reviewer(level), request({ level: held })), `held at ${held}`).toEqual(expected);
      }
    });
  }

  it('may not review a request held at a lower or higher level', () => {
    expect(mayPerform(reviewer(4), request({ level: 3 }), 'APPROVE', true)).toBe(false);
    expect(mayPerform(reviewer(4), request({ level: 5 }), 'APPROVE', true)).toBe(false);
  });

  it('may not review a request that is not in review', () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== 'in_review')) {
      expect(allowedEvents(reviewer(2), request({ status, level: 2 })), status).toEqual([]);
    }
  });

  it('may not submit, resubmit or withdraw for the unit', () => {
    for (const type of UNIT_EVENTS) {
      expect(mayPerform(reviewer(2), request({ status: 'draft', level: 2 }), type, true), type).toBe(false);
    }
  });

  it('may not review a request of a unit they belong to', () => {
    expect(allowedEvents(reviewer(2, OWN_UNIT), request({ level: 2 }))).toEqual([]);
    expect(allowedEvents(reviewer(2, OTHER_UNIT), request({ level: 2 }))).toEqual([...REVIEW_EVENTS]);
  });
});

describe('scope', () => {
  it('refuses everything for a unit outside the caller’s scope', () => {
    expect(allowedEvents(reviewer(3), request({ level: 3 }), false)).toEqual([]);
    expect(allowedEvents(unitUser(), request({ status: 'draft', level: 1 }), false)).toEqual([]);
    expect(allowedEvents(reviewer(8), request({ status: 'awaiting_council', level: 8 }), false)).toEqual([]);
  });
});

describe('an administrator', () => {
  it('never decides, in scope or not, even with a level', () => {
    for (const level of [null, 1, 3, 8]) {
      expect(allowedEvents(admin(level), request({ level: 3 }))).toEqual([]);
      expect(allowedEvents(admin(level), request({ status: 'awaiting_council', level: 8 }))).toEqual([]);
      expect(allowedEvents(admin(level), request({ status: 'draft', level: 1 }))).toEqual([]);
    }
  });
});

describe('a person without a level', () => {
  it('may do nothing', () => {
    const noLevel: Principal = { id: 'guest', level: null, unitCode: OWN_UNIT, isAdmin: false };
    expect(allowedEvents(noLevel, request({ status: 'draft', level: 1 }))).toEqual([]);
  });
});

describe('recording the BMA Council’s decision', () => {
  it('is for a level-8 reviewer while the request awaits the Council', () => {
    expect(allowedEvents(reviewer(8), request({ status: 'awaiting_council', level: 8 }))).toEqual([...COUNCIL_EVENTS]);
  });

  it('is refused at level 8 while the request is in review or already decided', () => {
    for (const status of REQUEST_STATUSES.filter((s) => s !== 'awaiting_council')) {
      for (const type of COUNCIL_EVENTS) {
        expect(mayPerform(reviewer(8), request({ status, level: 8 }), type, true), `${status} ${type}`).toBe(false);
      }
    }
  });

  it('is refused below level 8', () => {
    for (const level of [1, 2, 3, 4, 5, 6, 7]) {
      for (const type of COUNCIL_EVENTS) {
        expect(mayPerform(reviewer(level), request({ status: 'awaiting_council', level: 8 }), type, true), `level ${level}`).toBe(false);
      }
    }
  });

  it('does not let level 8 approve or reject as a reviewer while the Council decides', () => {
    for (const type of REVIEW_EVENTS) {
      expect(mayPerform(reviewer(8), request({ status: 'awaiting_council', level: 8 }), type, true), type).toBe(false);
    }
  });
});
