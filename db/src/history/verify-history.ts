// Checks every hash chain (each request's events, and the audit log) and names the first broken entry of each.
import type { Kysely } from 'kysely';
import { GENESIS_HASH, hashAuditEntry, hashEvent } from '../crypto/history-hash';
import type { Database } from '../schema';
import { hashedContentOfAuditEntry } from './audit-log';
import { hashedContentOfEvent } from './request-event-chain';

export interface BrokenEntry {
  chain: 'request' | 'audit';
  /** The request's tracking number, or 'audit'. */
  chainName: string;
  entryId: string;
  seq: number;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';
}

export interface HistoryVerification {
  ok: boolean;
  requestsChecked: number;
  eventsChecked: number;
  auditEntriesChecked: number;
  broken: BrokenEntry[];
}

interface ChainEntry {
  id: string;
  seq: number;
  prev_hash: string;
  hash: string;
}

function firstBreak<T extends ChainEntry>(
  entries: T[],
  expectedHash: (prev: string, entry: T) => string,
): Pick<BrokenEntry, 'entryId' | 'seq' | 'problem'> | null {
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (entry.seq !== index + 1) return { entryId: entry.id, seq: entry.seq, problem: 'sequence_gap' };
    if (entry.prev_hash !== prev) return { entryId: entry.id, seq: entry.seq, problem: 'prev_hash_mismatch' };
    if (entry.hash !== expectedHash(prev, entry)) return { entryId: entry.id, seq: entry.seq, problem: 'hash_mismatch' };
    prev = entry.hash;
  }
  return null;
}

const PAGE = 2000;

export async function verifyHistory(db: Kysely<Database>): Promise<HistoryVerification> {
  const broken: BrokenEntry[] = [];
  let eventsChecked = 0;
  let requestsChecked = 0;
  // Events come ordered by request, then seq, a page at a time, so memory stays flat on a large database.
  let current: { requestId: string; entries: Awaited<ReturnType<typeof eventPage>> } | null = null;
  const finish = async () => {
    if (!current) return;
    requestsChecked++;
    const found = firstBreak(current.entries, (prev, e) => hashEvent(prev, hashedContentOfEvent(e)));
    if (found) {
      const request = await db.selectFrom('requests').select('tracking_no').where('id', '=', current.requestId).executeTakeFirst();
      broken.push({ chain: 'request', chainName: request?.tracking_no ?? current.requestId, ...found });
    }
  };
  function eventPage(after: { requestId: string; seq: number } | null) {
    let q = db.selectFrom('request_events').selectAll();
    if (after) q = q.where((eb) => eb(eb.refTuple('request_id', 'seq'), '>', eb.tuple(after.requestId, after.seq)));
    return q.orderBy('request_id').orderBy('seq').limit(PAGE).execute();
  }
  let after: { requestId: string; seq: number } | null = null;
  for (;;) {
    const page = await eventPage(after);
    for (const event of page) {
      if (!current || current.requestId !== event.request_id) {
        await finish();
        current = { requestId: event.request_id, entries: [] };
      }
      current.entries.push(event);
      eventsChecked++;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { requestId: last.request_id, seq: last.seq };
  }
  await finish();

  const audit = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const auditBreak = firstBreak(audit, (prev, e) => hashAuditEntry(prev, hashedContentOfAuditEntry(e)));
  if (auditBreak) broken.push({ chain: 'audit', chainName: 'audit', ...auditBreak });

  return { ok: broken.length === 0, requestsChecked, eventsChecked, auditEntriesChecked: audit.length, broken };
}
