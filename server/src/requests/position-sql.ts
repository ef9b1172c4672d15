// The position of a request as SQL: the same answer as shared `positionOf`, for the queries that filter and count in the
// database (the inbox and its counts, the list's filters, the dashboard, the scheduler, the exports). The status groups
// come from the machine's states, so a new state lands here without an edit. Decision record 0015.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  AT_COUNCIL_STATUSES,
  AT_REVIEW_LEVEL_STATUSES,
  AWAY_FROM_UNIT_STATUSES,
  CLOCK_RUNNING_STATUSES,
  COUNCIL_RECORDING_LEVEL,
  WITH_UNIT_STATUSES,
  positionOf,
  type Position,
  type RequestStatus,
} from '@bmrts/shared';
import { pastCutoff, type OverdueCutoff } from './overdue-filter';

type RequestsEb = ExpressionBuilder<Database, 'requests'>;

/** The position of a row already read: its stored status (one the schema let in) and level, asked of positionOf. */
export function positionOfRow(row: { status: string; level: number }): Position {
  return positionOf({ status: row.status as RequestStatus, level: row.level });
}

/** One status is an equality, so the planner walks the (status, level, level_entered_at) index in order. */
export function statusIn(eb: RequestsEb, statuses: readonly RequestStatus[]): Expression<SqlBool> {
  return statuses.length === 1 ? eb('requests.status', '=', statuses[0] as RequestStatus) : eb('requests.status', 'in', statuses);
}

/** Held at this level now (`positionOf(…).heldAtLevel`): with its unit for level 1, in review at it for a review level. */
export function heldAt(eb: RequestsEb, level: number): Expression<SqlBool> {
  if (level === 1) return statusIn(eb, WITH_UNIT_STATUSES);
  return eb.and([statusIn(eb, AT_REVIEW_LEVEL_STATUSES), eb('requests.level', '=', level)]);
}

/** On this level's desk (`positionOf(…).deskLevel`): held there, and at level 8 also what waits for the Council's decision. */
export function onDeskAt(eb: RequestsEb, level: number): Expression<SqlBool> {
  const held = heldAt(eb, level);
  return level === COUNCIL_RECORDING_LEVEL ? eb.or([held, statusIn(eb, AT_COUNCIL_STATUSES)]) : held;
}

/** Waiting for somebody other than its unit: at a review level or at the Council. */
export function awayFromUnit(eb: RequestsEb): Expression<SqlBool> {
  return statusIn(eb, AWAY_FROM_UNIT_STATUSES);
}

/** The Office's clock runs: the only requests measured against a target. */
export function clockRunning(eb: RequestsEb): Expression<SqlBool> {
  return statusIn(eb, CLOCK_RUNNING_STATUSES);
}

// The overdue test below reads `requests.level` as the holding level, which holds while the Office's clock runs only at a
// review level (as `waitTargetOf` measures it): a state that ran the clock anywhere else must change it first.
if (!CLOCK_RUNNING_STATUSES.every((s) => AT_REVIEW_LEVEL_STATUSES.includes(s))) {
  throw new Error('position-sql: the Office’s clock runs outside a review level; overdue() must learn where it is held');
}

/** Overdue now (`isOverdue`): the Office's clock runs and the request entered its level before its level's and type's cutoff. */
export function overdue(eb: RequestsEb, cutoffs: readonly OverdueCutoff[]): Expression<SqlBool> {
  return eb.and([clockRunning(eb), pastCutoff(eb, cutoffs)]);
}
