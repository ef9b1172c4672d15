// Where a request stands, read off the machine: every state says who holds it; the status groups and the position
// follow from the states' meta and tags, and the Council's wait is nobody's overdue (decision record 0015).
import { describe, expect, it } from 'vitest';
import {
  AT_COUNCIL_STATUSES,
  AWAY_FROM_UNIT_STATUSES,
  CLOCK_RUNNING_STATUSES,
  DECIDED_STATUSES,
  DEFAULT_LEVEL_TARGETS,
  EDITABLE_STATUSES,
  FINAL_STATUSES,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  WITH_UNIT_STATUSES,
  isOverdue,
  nextIfApproved,
  positionOf,
  requestMachine,
  waitTargetOf,
  type StoredMachineState,
} from '@bmrts/shared';

describe('the machine’s states', () => {
  it('are exactly the request statuses, and each says who holds a request in it', () => {
    expect(Object.keys(requestMachine.states).sort()).toEqual([...REQUEST_STATUSES].sort());
    for (const node of Object.values(requestMachine.states)) {
      expect(['unit', 'review_level', 'council', 'nobody'], node.key).toContain((node.meta as { holder?: string } | undefined)?.holder);
    }
  });

  it('give each named status group once', () => {
    expect(FINAL_STATUSES).toEqual(['approved', 'rejected', 'withdrawn']);
    expect(OPEN_STATUSES).toEqual(['draft', 'in_review', 'returned', 'awaiting_council']);
    expect(WITH_UNIT_STATUSES).toEqual(['draft', 'returned']);
    expect(AT_COUNCIL_STATUSES).toEqual(['awaiting_council']);
    expect(AWAY_FROM_UNIT_STATUSES).toEqual(['in_review', 'awaiting_council']);
    expect(CLOCK_RUNNING_STATUSES).toEqual(['in_review']);
    expect(EDITABLE_STATUSES).toEqual(['draft', 'returned']);
    expect(DECIDED_STATUSES).toEqual(['awaiting_council', 'approved', 'rejected']);
  });
});

describe('positionOf', () => {
  it('puts drafts and returned requests with their unit at level 1, editable, the Office’s clock stopped', () => {
    for (const status of ['draft', 'returned'] as const) {
      expect(positionOf({ status, level: 1 })).toEqual({
        status,
        holder: 'unit',
        heldAtLevel: 1,
        deskLevel: 1,
        clockRunning: false,
        editable: true,
        final: false,
        decided: false,
        bulkDecidable: false,
        attach: { unit: true, level: null },
      });
    }
  });

  it('puts a request in review at its level, on that level’s desk, with the clock running', () => {
    expect(positionOf({ status: 'in_review', level: 4 })).toEqual({
      status: 'in_review',
      holder: 'review_level',
      heldAtLevel: 4,
      deskLevel: 4,
      clockRunning: true,
      editable: false,
      final: false,
      decided: false,
      bulkDecidable: true,
      attach: { unit: true, level: 4 },
    });
  });

  it('gives a Council wait to the Council: no level holds it, level 8 records the decision, and the clock is stopped', () => {
    const position = positionOf({ status: 'awaiting_council', level: 8 });
    expect(position).toMatchObject({
      holder: 'council',
      heldAtLevel: null,
      deskLevel: 8,
      clockRunning: false,
      // Level 8 records the Council's decision one request at a time: no bulk approval takes it.
      bulkDecidable: false,
      attach: { unit: true, level: 8 },
    });
    expect(waitTargetOf(position, DEFAULT_LEVEL_TARGETS, 'central_fund')).toBeNull();
    expect(isOverdue(position, 400, DEFAULT_LEVEL_TARGETS, 'central_fund')).toBe(false);
  });

  it('closes approved, rejected and withdrawn requests: nobody holds them and nobody attaches', () => {
    for (const status of FINAL_STATUSES) {
      expect(positionOf({ status, level: 5 })).toMatchObject({
        holder: 'nobody',
        heldAtLevel: null,
        deskLevel: null,
        final: true,
        attach: { unit: false, level: null },
      });
    }
  });

  it('calls approved, rejected and sent-to-the-Council requests decided, and a withdrawn one not', () => {
    expect(positionOf({ status: 'approved', level: 5 }).decided).toBe(true);
    expect(positionOf({ status: 'rejected', level: 5 }).decided).toBe(true);
    expect(positionOf({ status: 'awaiting_council', level: 8 }).decided).toBe(true);
    expect(positionOf({ status: 'withdrawn', level: 5 }).decided).toBe(false);
    expect(positionOf({ status: 'in_review', level: 5 }).decided).toBe(false);
  });

  it('is overdue only once the holding level’s target has passed', () => {
    const atTwo = positionOf({ status: 'in_review', level: 2 });
    expect(waitTargetOf(atTwo, DEFAULT_LEVEL_TARGETS, 'allotment')).toBe(3);
    expect(isOverdue(atTwo, 3, DEFAULT_LEVEL_TARGETS, 'allotment')).toBe(false);
    expect(isOverdue(atTwo, 4, DEFAULT_LEVEL_TARGETS, 'allotment')).toBe(true);
    expect(isOverdue(positionOf({ status: 'returned', level: 1 }), 40, DEFAULT_LEVEL_TARGETS, 'allotment')).toBe(false);
  });
});

describe('nextIfApproved', () => {
  const inReview = (level: number, finalLevel: number, council: 'none' | 'approve' | 'report'): StoredMachineState => ({
    value: 'in_review',
    context: { level, finalLevel, council, ruleId: 'R' },
  });
  it('asks the machine: one level up, the decision, or the Council', () => {
    expect(nextIfApproved(inReview(3, 6, 'none'))).toEqual({ kind: 'level', level: 4 });
    expect(nextIfApproved(inReview(6, 6, 'none'))).toEqual({ kind: 'approved' });
    expect(nextIfApproved(inReview(8, 8, 'report'))).toEqual({ kind: 'approved' });
    expect(nextIfApproved(inReview(8, 8, 'approve'))).toEqual({ kind: 'council' });
    expect(nextIfApproved({ value: 'returned', context: { level: 1, finalLevel: 4, council: 'none', ruleId: 'R' } })).toBeNull();
  });
});
