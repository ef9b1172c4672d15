// Where a request stands, answered once from the machine: who holds it, at which level, whose desk it is on, whether the
// Office's clock runs (and so whether it can be overdue), whether the unit may edit it, who may add files, and what an
// approval would do next. Every reader asks this — the server's views and queries, the scheduler, the dashboard, the
// exports and, through the request view the server sends, the web.
import { TOP_LEVEL } from '../levels';
import { decide, type StoredMachineState } from '../machine/decide';
import type { StateHolder } from '../machine/request-machine';
import type { RequestType } from '../request-types';
import type { RequestStatus } from '../status';
import { isPastTarget } from '../timeliness/due-notices';
import { targetDaysFor, type LevelTargets } from '../timeliness/targets';
import { STATE_FACTS } from './status-groups';

/**
 * The level whose holders record what the BMA Council decided: the request is on their desk while it waits for the
 * Council, but the wait is the Council's, not theirs (decision record 0015).
 */
export const COUNCIL_RECORDING_LEVEL = TOP_LEVEL;

/** What the position is read from: the stored status and the level in the machine's context. */
export interface PositionFacts {
  status: RequestStatus;
  level: number;
}

export interface Position {
  status: RequestStatus;
  holder: StateHolder;
  /** The level that holds it now: 1 while with its unit, the review level while in review; null at the Council or once closed. */
  heldAtLevel: number | null;
  /** The level whose people have it on their desk (inbox): the holding level, or level 8 while the Council decides. */
  deskLevel: number | null;
  /** The Budget Office's clock runs: the wait counts against the holding level's target and can be overdue. */
  clockRunning: boolean;
  /** The unit may change its content (draft, returned). */
  editable: boolean;
  /** Nothing moves it any more. */
  final: boolean;
  /** A decision has been taken on it (approved, rejected, or approved by the Office and sent to the Council): its unit is asked how the service went. */
  decided: boolean;
  /**
   * It may go in a bulk decision (approve, return or reject several at once): its state takes every one of them. Not
   * while it waits for the Council, whose decision level 8 records one request at a time.
   */
  bulkDecidable: boolean;
  /** Who may add files: its own unit until it is closed, and the level whose desk it is on (never the unit's own people). */
  attach: { unit: boolean; level: number | null };
}

export function positionOf({ status, level }: PositionFacts): Position {
  const facts = STATE_FACTS[status];
  const heldAtLevel = facts.holder === 'unit' ? 1 : facts.holder === 'review_level' ? level : null;
  const deskLevel = facts.holder === 'council' ? COUNCIL_RECORDING_LEVEL : heldAtLevel;
  return {
    status,
    holder: facts.holder,
    heldAtLevel,
    deskLevel,
    clockRunning: facts.tags.has('clockRunning'),
    editable: facts.tags.has('editable'),
    final: facts.final,
    decided: facts.tags.has('decided'),
    bulkDecidable: facts.bulkDecidable,
    attach: { unit: !facts.final, level: deskLevel !== null && deskLevel > 1 ? deskLevel : null },
  };
}

/** The target (working days) the current wait is measured against: the holding level's, only while the Office's clock runs. */
export function waitTargetOf(position: Position, targets: LevelTargets, type: RequestType): number | null {
  return position.clockRunning && position.heldAtLevel !== null ? targetDaysFor(targets, position.heldAtLevel, type) : null;
}

/** Overdue: the Office's clock runs and the wait has passed its target. Never for the unit's time or the Council's. */
export function isOverdue(position: Position, workingDays: number, targets: LevelTargets, type: RequestType): boolean {
  const target = waitTargetOf(position, targets, type);
  return target !== null && isPastTarget(workingDays, target);
}

/** Where an approval now would take it, asked of the machine itself; null when nobody can approve it now. */
export type NextStep = { kind: 'level'; level: number } | { kind: 'council' } | { kind: 'approved' };

export function nextIfApproved(stored: StoredMachineState): NextStep | null {
  const decision = decide(stored, { type: 'APPROVE' });
  if (!decision.ok) return null;
  const next = positionOf({ status: decision.state.value, level: decision.state.context.level });
  if (next.holder === 'council') return { kind: 'council' };
  if (next.holder === 'review_level' && next.heldAtLevel !== null) return { kind: 'level', level: next.heldAtLevel };
  return { kind: 'approved' };
}
