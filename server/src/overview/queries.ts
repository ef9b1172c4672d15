// The dashboard's reads, aggregated in the database: the waiting set grouped down to (step, type, unit, Bangkok day of
// arrival), approvals of the year per unit with how many were never returned, and first submissions per month and type.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  BANGKOK_NEXT_DAY_FROM_UTC_HOUR,
  bangkokDate,
  fiscalYearMonths,
  fiscalYearSpanUtc,
  monthSpanUtc,
  type RequestStatus,
  type RequestType,
} from '@bmrts/shared';
import type { Scope } from '../deps';
import { everReturned } from '../requests/queries';
import { awayFromUnit } from '../requests/position-sql';

export function requestsIn(db: Kysely<Database>, scope: Scope) {
  const q = db.selectFrom('requests');
  if (scope.allUnits) return q;
  return scope.unitCodes.length === 0 ? q.where(({ lit }) => lit(false)) : q.where('requests.unit_code', 'in', scope.unitCodes);
}

export interface WaitingGroup {
  status: RequestStatus;
  level: number;
  type: RequestType;
  unitCode: string;
  /** The Bangkok calendar day the requests arrived at their step (YYYY-MM-DD): all the working-day count needs. */
  arrivedOn: string;
  count: number;
}

/**
 * Requests waiting now, counted per step, type, unit and the Bangkok day they arrived. The Bangkok day is told by the
 * stored UTC text alone (its date, and whether the hour is past the one from which it is the next day in Bangkok), so the
 * same plain SQL groups on both engines and working days are counted once per day, not once per request.
 */
export async function waitingGroups(db: Kysely<Database>, scope: Scope): Promise<WaitingGroup[]> {
  const day = bangkokDayColumns(sql.ref('requests.level_entered_at'));
  const rows = await requestsIn(db, scope)
    .select([
      'requests.status',
      'requests.level',
      'requests.type',
      'requests.unit_code',
      day.utcDay.as('utc_day'),
      day.late.as('late'),
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where((eb) => awayFromUnit(eb))
    .groupBy(['requests.status', 'requests.level', 'requests.type', 'requests.unit_code', day.utcDay, day.late])
    .execute();
  const bangkokDay = bangkokDayReader();
  return rows.map((r) => ({
    // The columns hold only values the schema allowed in; counts come back as strings from PostgreSQL.
    status: r.status as RequestStatus,
    level: r.level,
    type: r.type as RequestType,
    unitCode: r.unit_code,
    arrivedOn: bangkokDay(r.utc_day, r.late),
    count: Number(r.n),
  }));
}

/**
 * The Bangkok day of a stored UTC instant as two plain-SQL columns to group by: its UTC date, and whether its hour is
 * past the one from which it is the next day in Bangkok. The same SQL on both engines.
 */
export function bangkokDayColumns(instant: RawBuilder<unknown> | ReturnType<typeof sql.ref>) {
  return {
    utcDay: sql<string>`substr(${instant}, 1, 10)`,
    // A literal, not a parameter: PostgreSQL must see the same expression in the SELECT and the GROUP BY.
    late: sql<number | string>`case when substr(${instant}, 12, 2) >= ${sql.lit(BANGKOK_NEXT_DAY_FROM_UTC_HOUR)} then 1 else 0 end`,
  };
}

/** Reads back the two columns as the Bangkok day (YYYY-MM-DD), each distinct pair worked out once. */
export function bangkokDayReader(): (utcDay: string, late: number | string) => string {
  const days = new Map<string, string>();
  return (utcDay, lateColumn) => {
    const late = Number(lateColumn) === 1;
    const key = `${utcDay}${late ? '+' : ''}`;
    let day = days.get(key);
    if (day === undefined) {
      day = late ? bangkokDate(`${utcDay}T${BANGKOK_NEXT_DAY_FROM_UTC_HOUR}:00:00.000Z`) : utcDay;
      days.set(key, day);
    }
    return day;
  };
}

/**
 * Per unit: requests approved during the span (a fiscal year, or its part up to a month's start), and how many of them never had a RETURN. Only the decided_at range
 * is in the WHERE (requests_decided; the few rejected and withdrawn rows in it are counted out by the CASEs), and
 * request_events_returns answers "ever returned" from RETURN events alone.
 */
export async function approvalsByUnit(db: Kysely<Database>, scope: Scope, span: { start: string; end: string }) {
  const { start, end } = span;
  const rows = await requestsIn(db, scope)
    .select((eb) => {
      const approved = eb('requests.status', '=', 'approved');
      const returned = everReturned(eb);
      return [
        'requests.unit_code',
        eb.fn.sum<number | string>(eb.case().when(approved).then(1).else(0).end()).as('approved'),
        eb.fn
          .sum<number | string>(
            eb
              .case()
              .when(eb.and([approved, eb.not(returned)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('first_pass'),
      ];
    })
    .where('requests.decided_at', '>=', start)
    .where('requests.decided_at', '<', end)
    .groupBy('requests.unit_code')
    .execute();
  return rows
    .map((r) => ({ unitCode: r.unit_code, approved: Number(r.approved), firstPass: Number(r.first_pass) }))
    .filter((r) => r.approved > 0);
}

/** Requests first submitted in each month of the fiscal year, per type: one range scan of requests_submitted. */
export async function submissionsByMonth(db: Kysely<Database>, scope: Scope, fiscalYear: number) {
  const { start, end } = fiscalYearSpanUtc(fiscalYear);
  const months = fiscalYearMonths(fiscalYear);
  const rows = await requestsIn(db, scope)
    .select((eb) => [
      'requests.type',
      ...months.map((month, i) => {
        const span = monthSpanUtc(month);
        const inMonth = eb.and([eb('requests.submitted_at', '>=', span.start), eb('requests.submitted_at', '<', span.end)]);
        return eb.fn.sum<number | string>(eb.case().when(inMonth).then(1).else(0).end()).as(`m${i}`);
      }),
    ])
    .where('requests.submitted_at', '>=', start)
    .where('requests.submitted_at', '<', end)
    .groupBy('requests.type')
    .execute();
  return rows.map((r) => {
    const counts = r as unknown as Record<string, number | string | null>;
    return { type: r.type as RequestType, perMonth: months.map((_, i) => Number(counts[`m${i}`] ?? 0)) };
  });
}

export function unitNames(db: Kysely<Database>, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('budget_units').select(['code', 'name_th', 'name_en']).where('code', 'in', codes).execute();
}
