// One request and its history as a decision and the request page read them: each read is compiled once.
import type { Kysely } from 'kysely';
import type { Database, RequestRow } from '../schema';
import { precompiled } from '../precompiled';

export type RequestWithUnit = RequestRow & { unit_name_th: string; unit_name_en: string };

// Read twice by every decision (to decide, then for the answer). A LEFT JOIN like the lists' (every request has its unit).
const requestById = precompiled((db, p: { id: string }) =>
  db
    .selectFrom('requests')
    .leftJoin('budget_units', 'budget_units.code', 'requests.unit_code')
    .select((eb) => [
      eb.ref('budget_units.name_th').$castTo<string>().as('unit_name_th'),
      eb.ref('budget_units.name_en').$castTo<string>().as('unit_name_en'),
    ])
    .selectAll('requests')
    .where('requests.id', '=', p.id),
);

/** The whole request with its unit's names, or undefined; visibility is the caller's to judge. */
export function findRequest(db: Kysely<Database>, id: string): Promise<RequestWithUnit | undefined> {
  return requestById.executeTakeFirst(db, { id });
}

// A decision reads the request's events once: the levels the caller approved at (separation of duties) and the
// chain's end the new event is appended to. Histories are a handful of events.
const eventsForDecision = precompiled((db, p: { requestId: string }) =>
  db
    .selectFrom('request_events')
    .select(['seq', 'hash', 'type', 'actor_id', 'from_level'])
    .where('request_id', '=', p.requestId)
    .orderBy('seq'),
);

/** The request's events in order, with what a decision needs of them: who did what at which level, and the chain's hashes. */
export function decisionEvents(db: Kysely<Database>, requestId: string) {
  return eventsForDecision.execute(db, { requestId });
}

const historyOfRequest = precompiled((db, p: { requestId: string }) =>
  db
    .selectFrom('request_events')
    .innerJoin('users as actor', 'actor.id', 'request_events.actor_id')
    .leftJoin('users as principal', 'principal.id', 'request_events.on_behalf_of_id')
    // The order under which an acting person decided, cited in the history beside "acting for".
    .leftJoin('acting_appointments as appointment', 'appointment.id', 'request_events.appointment_id')
    .selectAll('request_events')
    .select([
      'actor.display_name as actor_name',
      'principal.display_name as on_behalf_of_name',
      'appointment.kind as acting_kind',
      'appointment.order_no as acting_order_no',
      'appointment.order_date as acting_order_date',
    ])
    .where('request_events.request_id', '=', p.requestId)
    .orderBy('request_events.seq'),
);

/** The request's events in order, with the names of who acted and for whom, and the acting order cited. */
export function requestHistory(db: Kysely<Database>, requestId: string) {
  return historyOfRequest.execute(db, { requestId });
}
export type RequestHistoryRow = Awaited<ReturnType<typeof requestHistory>>[number];

const revisionsOfRequest = precompiled((db, p: { requestId: string }) =>
  db.selectFrom('request_revisions').select(['event_seq', 'content']).where('request_id', '=', p.requestId),
);

/** The content as submitted at each SUBMIT and RESUBMIT (JSON), keyed by the event's seq. */
export function requestRevisions(db: Kysely<Database>, requestId: string) {
  return revisionsOfRequest.execute(db, { requestId });
}
export type RequestRevisionRow = Awaited<ReturnType<typeof requestRevisions>>[number];
