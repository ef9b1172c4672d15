// Repeated failed sign-ins are slowed, then locked for a while. Counted per username as typed, whether or not
// such a user exists, so the answers never tell an attacker which usernames are real.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { TooManyAttempts } from '@bmrts/shared';

/** Failures allowed before each further attempt must wait. */
export const FREE_FAILURES = 3;
/** Failures after which the username is locked. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

/** Seconds to wait after the n-th failure: 5, 10, 20, 40 … capped at 5 minutes. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(5 * 2 ** (failures - FREE_FAILURES), 300);
}

export function usernameKey(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

/** Throws 429 when this username must wait or is locked; otherwise lets the attempt go ahead. */
export async function checkSignInAllowed(db: Kysely<Database>, username: string, now: Date): Promise<void> {
  const row = await db.selectFrom('sign_in_attempts').selectAll().where('username_key', '=', usernameKey(username)).executeTakeFirst();
  if (!row) return;
  if (row.locked_until && row.locked_until > now.toISOString()) {
    throw new TooManyAttempts('sign_in_locked', Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 1000));
  }
  const readyAt = Date.parse(row.last_failure_at) + waitAfterFailures(row.failures) * 1000;
  if (!row.locked_until && readyAt > now.getTime()) {
    throw new TooManyAttempts('sign_in_throttled', Math.ceil((readyAt - now.getTime()) / 1000));
  }
}

export async function recordFailedSignIn(db: Kysely<Database>, username: string, now: Date): Promise<void> {
  const key = usernameKey(username);
  const row = await db.selectFrom('sign_in_attempts').selectAll().where('username_key', '=', key).executeTakeFirst();
  // A lock that has run out starts the count again.
  const expiredLock = row?.locked_until != null && row.locked_until <= now.toISOString();
  const failures = (row && !expiredLock ? row.failures : 0) + 1;
  const values = {
    failures,
    last_failure_at: now.toISOString(),
    locked_until: failures >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
  };
  await db
    .insertInto('sign_in_attempts')
    .values({ username_key: key, ...values })
    .onConflict((oc) => oc.column('username_key').doUpdateSet(values))
    .execute();
}

export async function clearFailedSignIns(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('username_key', '=', usernameKey(username)).execute();
}
