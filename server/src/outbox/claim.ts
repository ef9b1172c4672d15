// Claiming and settling outbox messages so that, with several servers, each message is sent by one of them:
// a conditional UPDATE takes a lease; only the holder of the lease records the outcome.
import type { Kysely } from 'kysely';
import type { Database, OutboxRow } from '@bmrts/db';

/** Attempts before a message is marked failed: 30 s, 1, 2, 4 … minutes apart, about 8.5 hours in all. */
export const OUTBOX_MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 4 * 60 * 60_000;

/** The wait after the given number of failed attempts: exponential, capped. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_RETRY_MS);
}

export type OutboxChannel = 'email' | 'webhook';

/**
 * Takes up to `limit` due messages for `token` until `leaseUntil`. The same conditions are in the UPDATE's own WHERE,
 * so of two servers racing for a row (PostgreSQL re-checks them on the locked row) only one gets it.
 */
export async function claimDue(
  db: Kysely<Database>,
  channels: readonly OutboxChannel[],
  token: string,
  nowIso: string,
  leaseUntilIso: string,
  limit: number,
): Promise<OutboxRow[]> {
  if (channels.length === 0) return [];
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('channel', 'in', channels)
    .where('next_attempt_at', '<=', nowIso)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', nowIso)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  return db
    .updateTable('outbox')
    .set({ claimed_by: token, lease_until: leaseUntilIso })
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', nowIso)]))
    .returningAll()
    .execute();
}

export type Outcome =
  | { kind: 'sent'; statusCode: number | null }
  | { kind: 'failed'; statusCode: number | null; error: string }
  | { kind: 'skipped'; reason: string };

/** Records what happened to a claimed message; a holder whose lease another server has since taken changes nothing. */
export async function settle(db: Kysely<Database>, row: OutboxRow, token: string, outcome: Outcome, now: Date): Promise<void> {
  const nowIso = now.toISOString();
  const attempts = outcome.kind === 'skipped' ? row.attempts : row.attempts + 1;
  const base = { attempts, lease_until: null, claimed_by: null };
  const update =
    outcome.kind === 'sent'
      ? { ...base, status: 'sent', sent_at: nowIso, last_status_code: outcome.statusCode, last_error: null }
      : outcome.kind === 'skipped'
        ? { ...base, status: 'skipped', last_error: outcome.reason }
        : attempts >= OUTBOX_MAX_ATTEMPTS
          ? { ...base, status: 'failed', last_status_code: outcome.statusCode, last_error: outcome.error.slice(0, 1000) }
          : {
              ...base,
              next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
              last_status_code: outcome.statusCode,
              last_error: outcome.error.slice(0, 1000),
            };
  await db.updateTable('outbox').set(update).where('id', '=', row.id).where('claimed_by', '=', token).execute();
}
