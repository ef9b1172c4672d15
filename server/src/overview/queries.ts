// The overview's reads: counts aggregated in the database, and the requests now waiting with when they arrived.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { RequestStatus, RequestType } from '@bmrts/shared';
import type { Scope } from '../deps';
import { selectRequests, whereInScope, type RequestWithUnit } from '../requests/queries';

export interface OverviewFilter {
  scope: Scope;
  fiscalYear: number | undefined;
}

function requestsIn(db: Kysely<Database>, filter: OverviewFilter) {
  let q = db.selectFrom('requests');
  if (!filter.scope.allUnits) {
    q = filter.scope.unitCodes.length === 0 ? q.where(({ lit }) => lit(false)) : q.where('requests.unit_code', 'in', filter.scope.unitCodes);
  }
  if (filter.fiscalYear !== undefined) q = q.where('requests.fiscal_year', '=', filter.fiscalYear);
  return q;
}

/** Requests by type and status (requests_year_type: fiscal_year, type, status). */
export async function countsByTypeAndStatus(db: Kysely<Database>, filter: OverviewFilter) {
  const rows = await requestsIn(db, filter)
    .select(['requests.type', 'requests.status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['requests.type', 'requests.status'])
    .orderBy('requests.type')
    .orderBy('requests.status')
    .execute();
  // The columns hold only values the schema allowed in; counts come back as strings from PostgreSQL.
  return rows.map((r) => ({ type: r.type as RequestType, status: r.status as RequestStatus, count: Number(r.n) }));
}

/** Requests in review, by the level holding them (requests_inbox: status, level, …). */
export async function inReviewCountsByLevel(db: Kysely<Database>, filter: OverviewFilter) {
  const rows = await requestsIn(db, filter)
    .select(['requests.level', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('requests.status', '=', 'in_review')
    .groupBy('requests.level')
    .execute();
  return new Map(rows.map((r) => [r.level, Number(r.n)]));
}

const WAITING: readonly RequestStatus[] = ['in_review', 'awaiting_council'];

/** What waits for a reviewer now, with when it reached its level; working days are counted in code, with the holidays. */
export function waitingRequests(db: Kysely<Database>, filter: OverviewFilter) {
  return requestsIn(db, filter)
    .select(['requests.id', 'requests.type', 'requests.status', 'requests.level', 'requests.level_entered_at'])
    .where('requests.status', 'in', WAITING)
    .execute();
}
export type WaitingRequest = Awaited<ReturnType<typeof waitingRequests>>[number];

export function requestsByIds(db: Kysely<Database>, scope: Scope, ids: string[]): Promise<RequestWithUnit[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return whereInScope(selectRequests(db), scope).where('requests.id', 'in', ids).execute();
}
