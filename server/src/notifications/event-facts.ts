// Who acted and why, for the notifications that tell of a history event: read from the event itself (by its seq), so the
// bell and the email name the same person and quote the same comment as the request's history.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { shortReason } from '@bmrts/shared';

export interface NoticeEventFacts {
  by: { displayName: string; onBehalfOf: string | null };
  /** The event's comment, shortened for a notice; null when it had none. */
  reason: string | null;
}

interface EventKey {
  request_id: string;
  event_seq: number | null;
}

const keyOf = (requestId: string, seq: number) => `${requestId}#${seq}`;

/** The facts of each notification's event, by `${request_id}#${event_seq}`; one query for a page of notifications. */
export async function noticeEventFacts(db: Kysely<Database>, notices: readonly EventKey[]): Promise<Map<string, NoticeEventFacts>> {
  const keyed = notices.filter((n): n is EventKey & { event_seq: number } => n.event_seq !== null);
  const facts = new Map<string, NoticeEventFacts>();
  if (keyed.length === 0) return facts;
  const rows = await db
    .selectFrom('request_events')
    .innerJoin('users as actor', 'actor.id', 'request_events.actor_id')
    .leftJoin('users as principal', 'principal.id', 'request_events.on_behalf_of_id')
    .select([
      'request_events.request_id',
      'request_events.seq',
      'request_events.comment',
      'actor.display_name as actor_name',
      'principal.display_name as on_behalf_of_name',
    ])
    // Served by the unique (request_id, seq) index; a page holds at most a few dozen requests.
    .where('request_events.request_id', 'in', [...new Set(keyed.map((n) => n.request_id))])
    .where('request_events.seq', 'in', [...new Set(keyed.map((n) => n.event_seq))])
    .execute();
  for (const r of rows)
    facts.set(keyOf(r.request_id, r.seq), {
      by: { displayName: r.actor_name, onBehalfOf: r.on_behalf_of_name },
      reason: r.comment ? shortReason(r.comment) : null,
    });
  return facts;
}

/** The facts for one notification, if its event was found. */
export function factsFor(facts: ReadonlyMap<string, NoticeEventFacts>, notice: EventKey): NoticeEventFacts | null {
  return notice.event_seq === null ? null : (facts.get(keyOf(notice.request_id, notice.event_seq)) ?? null);
}
