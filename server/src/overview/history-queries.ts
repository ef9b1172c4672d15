// The dashboard's reads of the past: final decisions and ended level visits of a span grouped down to their Bangkok days
// (so working days are counted once per pair of days), and what was waiting at a past instant, read off the events.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  AWAY_FROM_UNIT_STATUSES,
  CLOCK_RUNNING_STATUSES,
  DECIDED_STATUSES,
  FINAL_STATUSES,
  REVIEW_LEVELS,
  type RequestStatus,
  type RequestType,
} from '@bmrts/shared';
import type { Scope } from '../deps';
import { statusIn } from '../requests/position-sql';
import { bangkokDayColumns, bangkokDayReader, requestsIn, type WaitingGroup } from './queries';

export interface Span {
  start: string;
  end: string;
}

/** Approved or rejected: a final state that is a decision (a withdrawal is final but decides nothing). */
const FINAL_DECISION_STATUSES = FINAL_STATUSES.filter((s) => DECIDED_STATUSES.includes(s));

export interface DecisionGroup {
  submittedOn: string;
  decidedOn: string;
  count: number;
}

/** Requests approved or rejected during the span, counted per (Bangkok day first submitted, Bangkok day decided). */
export async function finalDecisionGroups(db: Kysely<Database>, scope: Scope, span: Span): Promise<DecisionGroup[]> {
  const submitted = bangkokDayColumns(sql.ref('requests.submitted_at'));
  const decided = bangkokDayColumns(sql.ref('requests.decided_at'));
  const rows = await requestsIn(db, scope)
    .select([
      submitted.utcDay.as('s_day'),
      submitted.late.as('s_late'),
      decided.utcDay.as('d_day'),
      decided.late.as('d_late'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('requests.decided_at', '>=', span.start)
    .where('requests.decided_at', '<', span.end)
    .where((eb) => statusIn(eb, FINAL_DECISION_STATUSES))
    .where('requests.submitted_at', 'is not', null)
    .groupBy([submitted.utcDay, submitted.late, decided.utcDay, decided.late])
    .execute();
  const day = bangkokDayReader();
  return rows.map((r) => ({ submittedOn: day(r.s_day, r.s_late), decidedOn: day(r.d_day, r.d_late), count: Number(r.n) }));
}

export interface VisitGroup {
  status: RequestStatus;
  level: number;
  type: RequestType;
  enteredOn: string;
  leftOn: string;
  count: number;
}

type EventsEb = ExpressionBuilder<Database & { e: Database['request_events']; r: Database['requests'] }, 'e' | 'r'>;

function unitsOf(eb: EventsEb, scope: Scope) {
  if (scope.allUnits) return eb.lit(true);
  return scope.unitCodes.length === 0 ? eb.lit(false) : eb('r.unit_code', 'in', scope.unitCodes);
}

/**
 * Visits to a review level that ended during the span: the event that left a clock-running status at a level, and the
 * event before it, which brought the request there. Per level the (from_level, at) index finds the leaving events.
 */
export async function endedVisitGroups(db: Kysely<Database>, scope: Scope, span: Span): Promise<VisitGroup[]> {
  const entered = bangkokDayColumns(sql.ref('p.at'));
  const left = bangkokDayColumns(sql.ref('e.at'));
  const rows = await db
    .selectFrom('request_events as e')
    .innerJoin('request_events as p', (join) => join.onRef('p.request_id', '=', 'e.request_id').on(sql<boolean>`p.seq = e.seq - 1`))
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .select([
      'e.from_status',
      'e.from_level',
      'r.type',
      entered.utcDay.as('p_day'),
      entered.late.as('p_late'),
      left.utcDay.as('e_day'),
      left.late.as('e_late'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('e.from_level', 'in', [...REVIEW_LEVELS])
    .where('e.at', '>=', span.start)
    .where('e.at', '<', span.end)
    .where('e.from_status', 'in', CLOCK_RUNNING_STATUSES)
    .where('p.to_status', 'in', CLOCK_RUNNING_STATUSES)
    .whereRef('p.to_level', '=', 'e.from_level')
    .where((eb) => unitsOf(eb as EventsEb, scope))
    .groupBy(['e.from_status', 'e.from_level', 'r.type', entered.utcDay, entered.late, left.utcDay, left.late])
    .execute();
  const day = bangkokDayReader();
  return rows.map((r) => ({
    // Stored values are ones the schema let in.
    status: r.from_status as RequestStatus,
    level: r.from_level,
    type: r.type as RequestType,
    enteredOn: day(r.p_day, r.p_late),
    leftOn: day(r.e_day, r.e_late),
    count: Number(r.n),
  }));
}

/**
 * What waited at `instant`, grouped as waitingGroups groups what waits now: per request its last event before the
 * instant says where it stood (to_status, to_level) and since when (the event's time is when it arrived there).
 */
export async function waitingGroupsAt(db: Kysely<Database>, scope: Scope, instant: string): Promise<WaitingGroup[]> {
  const arrived = bangkokDayColumns(sql.ref('e.at'));
  const rows = await db
    .selectFrom('request_events as e')
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .select([
      'e.to_status',
      'e.to_level',
      'r.type',
      'r.unit_code',
      arrived.utcDay.as('utc_day'),
      arrived.late.as('late'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('e.at', '<', instant)
    .where('e.to_status', 'in', AWAY_FROM_UNIT_STATUSES)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('request_events as later')
            .select(sql.lit(1).as('one'))
            .whereRef('later.request_id', '=', 'e.request_id')
            .whereRef('later.seq', '>', 'e.seq')
            .where('later.at', '<', instant),
        ),
      ),
    )
    .where((eb) => unitsOf(eb as EventsEb, scope))
    .groupBy(['e.to_status', 'e.to_level', 'r.type', 'r.unit_code', arrived.utcDay, arrived.late])
    .execute();
  const day = bangkokDayReader();
  return rows.map((r) => ({
    status: r.to_status as RequestStatus,
    level: r.to_level,
    type: r.type as RequestType,
    unitCode: r.unit_code,
    arrivedOn: day(r.utc_day, r.late),
    count: Number(r.n),
  }));
}
