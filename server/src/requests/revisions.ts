// The content of a request as it stood at each submission, and what the unit changed on its latest resubmission.
import type { Kysely } from 'kysely';
import { requestContentSchema, diffRequestContent, type RequestContent, type RequestView } from '@bmrts/shared';
import type { Database, RequestHistoryRow, RequestRevisionRow } from '@bmrts/db';

/** Kept at every SUBMIT and RESUBMIT, inside the transaction that appends the event, so the two never disagree. */
export async function recordRevision(
  trx: Kysely<Database>,
  requestId: string,
  eventSeq: number,
  content: RequestContent,
  at: string,
): Promise<void> {
  await trx
    .insertInto('request_revisions')
    .values({ request_id: requestId, event_seq: eventSeq, content: JSON.stringify(content), at })
    .execute();
}

/** Whether changesSinceReturned will look at revisions at all: only once the request was resubmitted. */
export function hasResubmission(history: readonly Pick<RequestHistoryRow, 'type'>[]): boolean {
  return history.some((h) => h.type === 'RESUBMIT');
}

function parsedContent(row: RequestRevisionRow | undefined): RequestContent | null {
  if (!row) return null;
  // A revision that no longer reads as content (written by an older schema) shows no changes rather than failing the page.
  const parsed = requestContentSchema.safeParse(JSON.parse(row.content));
  return parsed.success ? parsed.data : null;
}

const SUBMISSIONS: readonly string[] = ['SUBMIT', 'RESUBMIT'];

/**
 * The diff between the submission before the latest RESUBMIT and that RESUBMIT. Null when the request was never
 * resubmitted, or when either revision is missing (histories written before revisions were kept).
 */
export function changesSinceReturned(
  history: readonly RequestHistoryRow[],
  revisions: readonly RequestRevisionRow[],
): RequestView['changesSinceReturned'] {
  const submissions = history.filter((h) => SUBMISSIONS.includes(h.type));
  const latest = submissions.at(-1);
  const previous = submissions.at(-2);
  if (!latest || latest.type !== 'RESUBMIT' || !previous) return null;
  const bySeq = new Map(revisions.map((r) => [r.event_seq, r]));
  const before = parsedContent(bySeq.get(previous.seq));
  const after = parsedContent(bySeq.get(latest.seq));
  if (!before || !after) return null;
  const returned = history.filter((h) => h.type === 'RETURN' && h.seq < latest.seq).at(-1);
  return { returnedAt: returned?.at ?? null, resubmittedAt: latest.at, changes: diffRequestContent(before, after) };
}
