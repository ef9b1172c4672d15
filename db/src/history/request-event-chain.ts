// Appends one event to a request's hash chain; the server, the seed and the verifier read events the same way.
import type { Insertable, Kysely } from 'kysely';
import { GENESIS_HASH, hashEvent, type HashedEventContent } from '../crypto/history-hash';
import type { Database, RequestEventRow, RequestEventTable } from '../schema';
import { precompiled } from '../precompiled';

export function hashedContentOfEvent(
  row: Pick<
    RequestEventRow,
    | 'request_id'
    | 'seq'
    | 'type'
    | 'from_status'
    | 'to_status'
    | 'from_level'
    | 'to_level'
    | 'actor_id'
    | 'on_behalf_of_id'
    | 'appointment_id'
    | 'comment'
    | 'at'
  > & { seen?: string | null | undefined },
): HashedEventContent {
  return {
    requestId: row.request_id,
    seq: row.seq,
    type: row.type,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    actorId: row.actor_id,
    onBehalfOfId: row.on_behalf_of_id,
    appointmentId: row.appointment_id,
    comment: row.comment,
    at: row.at,
    seen: row.seen ?? null,
  };
}

export type NewChainedEvent = Omit<Insertable<RequestEventTable>, 'seq' | 'prev_hash' | 'hash'>;

/** The event rows of one new history, chained from the genesis hash (the demo seed writes whole histories at once). */
export function chainEvents(events: NewChainedEvent[]): Insertable<RequestEventTable>[] {
  let prevHash = GENESIS_HASH;
  return events.map((event, index) => {
    const row = {
      ...event,
      on_behalf_of_id: event.on_behalf_of_id ?? null,
      appointment_id: event.appointment_id ?? null,
      comment: event.comment ?? null,
      seen: event.seen ?? null,
      seq: index + 1,
    };
    const hash = hashEvent(prevHash, hashedContentOfEvent(row));
    const chained = { ...row, prev_hash: prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

// Every decision runs these two: compiled once.
const lastEventOf = precompiled((db, p: { requestId: string }) =>
  db.selectFrom('request_events').select(['seq', 'hash']).where('request_id', '=', p.requestId).orderBy('seq', 'desc').limit(1),
);
const insertEvent = precompiled((db, p: RequestEventRow) =>
  db.insertInto('request_events').values({
    id: p.id,
    request_id: p.request_id,
    type: p.type,
    from_status: p.from_status,
    to_status: p.to_status,
    from_level: p.from_level,
    to_level: p.to_level,
    actor_id: p.actor_id,
    on_behalf_of_id: p.on_behalf_of_id,
    appointment_id: p.appointment_id,
    comment: p.comment,
    at: p.at,
    seen: p.seen,
    seq: p.seq,
    prev_hash: p.prev_hash,
    hash: p.hash,
  }),
);

/**
 * Appends an event after the request's last one and returns the seq it was given (a revision is keyed by it).
 * Call inside the transaction that changed the request.
 */
export async function appendRequestEvent(trx: Kysely<Database>, event: NewChainedEvent): Promise<number> {
  return appendRequestEventAfter(trx, event, await lastEventOf.executeTakeFirst(trx, { requestId: event.request_id }));
}

/** The newest event of a request's chain: what the next one is chained to. */
export interface ChainEnd {
  seq: number;
  hash: string;
}

/**
 * appendRequestEvent for a caller that has already read the request's events in this transaction (undefined: it has
 * none). Safe only when nobody can append in between: every writer of a request's events also moves its version
 * with UPDATE … WHERE version, so a concurrent append makes that UPDATE find no row and the transaction fail.
 */
export async function appendRequestEventAfter(trx: Kysely<Database>, event: NewChainedEvent, last: ChainEnd | undefined): Promise<number> {
  const row = {
    ...event,
    on_behalf_of_id: event.on_behalf_of_id ?? null,
    appointment_id: event.appointment_id ?? null,
    comment: event.comment ?? null,
    seen: event.seen ?? null,
    seq: (last?.seq ?? 0) + 1,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await insertEvent.run(trx, { ...row, prev_hash: prevHash, hash: hashEvent(prevHash, hashedContentOfEvent(row)) });
  return row.seq;
}
