// Repeated failed sign-ins are slowed, then locked for a while. Counted per username as typed, whether or not
// such a user exists, so the answers never tell an attacker which usernames are real. Each attempt is counted in the
// database before its password is checked, in one statement, so however many arrive at once (on however many
// servers) no more are checked than the limits allow.
import { sql, type Kysely } from 'kysely';
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

/** An attempt counted before its check: the count it made, which a right password takes back. */
export interface SignInReservation {
  username: string;
  failures: number;
}

/** The stored row's columns in an upsert: PostgreSQL would find a bare name ambiguous with the row offered for insertion. */
const stored = {
  failures: sql.ref('sign_in_attempts.failures'),
  lastFailureAt: sql.ref('sign_in_attempts.last_failure_at'),
  lockedUntil: sql.ref('sign_in_attempts.locked_until'),
};

/**
 * The latest failure an attempt may follow now: for each count that makes the next attempt wait, now minus that
 * wait. One CASE with the times as parameters, so the same statement runs on SQLite and PostgreSQL.
 */
function latestAllowedFailure(now: Date) {
  const waits = [];
  for (let failures = FREE_FAILURES; failures < LOCK_AFTER_FAILURES; failures++) {
    const allowedBefore = new Date(now.getTime() - waitAfterFailures(failures) * 1000).toISOString();
    waits.push(sql`when ${failures} then ${allowedBefore}`);
  }
  return sql<string>`case ${stored.failures} ${sql.join(waits, sql` `)} else ${now.toISOString()} end`;
}

/**
 * Counts this attempt as a failure before its password is checked, or refuses it (429) when the username must wait
 * or is locked. The check and the count are one statement: two attempts can never both see the count below a limit.
 */
export async function reserveSignInAttempt(db: Kysely<Database>, username: string, now: Date): Promise<SignInReservation> {
  const key = usernameKey(username);
  const at = now.toISOString();
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  // A refusal read a moment after the statement may find the row gone (a right password cleared it): count again.
  for (let tries = 0; tries < 3; tries++) {
    const reserved = await db
      .insertInto('sign_in_attempts')
      .values({ username_key: key, failures: 1, last_failure_at: at, locked_until: null })
      .onConflict((oc) =>
        oc
          .column('username_key')
          // A lock that has run out starts the count again.
          .doUpdateSet({
            failures: sql<number>`case when ${stored.lockedUntil} is null then ${stored.failures} + 1 else 1 end`,
            last_failure_at: at,
            locked_until: sql<
              string | null
            >`case when ${stored.lockedUntil} is null and ${stored.failures} + 1 >= ${LOCK_AFTER_FAILURES} then ${lockedUntil} else null end`,
          })
          .where(
            sql<boolean>`(${stored.lockedUntil} is null and (${stored.failures} < ${FREE_FAILURES} or ${stored.lastFailureAt} <= ${latestAllowedFailure(now)})) or ${stored.lockedUntil} <= ${at}`,
          ),
      )
      .returning('failures')
      .executeTakeFirst();
    if (reserved) return { username, failures: reserved.failures };
    const refusal = await refusalFor(db, key, now);
    if (refusal) throw refusal;
  }
  throw new TooManyAttempts('sign_in_throttled', 1);
}

/** Why the username's next attempt is refused now, or null when it no longer is. */
async function refusalFor(db: Kysely<Database>, key: string, now: Date): Promise<TooManyAttempts | null> {
  const row = await db.selectFrom('sign_in_attempts').selectAll().where('username_key', '=', key).executeTakeFirst();
  if (!row) return null;
  const secondsUntil = (iso: string) => Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 1000));
  if (row.locked_until)
    return row.locked_until > now.toISOString() ? new TooManyAttempts('sign_in_locked', secondsUntil(row.locked_until)) : null;
  const readyAt = new Date(Date.parse(row.last_failure_at) + waitAfterFailures(row.failures) * 1000).toISOString();
  return readyAt > now.toISOString() ? new TooManyAttempts('sign_in_throttled', secondsUntil(readyAt)) : null;
}

/**
 * The right password: forgets the failures counted up to and including this attempt, its own among them, and so
 * lifts a lock they made. Attempts counted after it (still being checked) stay counted.
 */
export async function forgetFailuresUpTo(db: Kysely<Database>, reservation: SignInReservation): Promise<void> {
  const key = usernameKey(reservation.username);
  const taken = reservation.failures;
  await db
    .updateTable('sign_in_attempts')
    .set({
      failures: sql<number>`failures - ${taken}`,
      locked_until: sql<string | null>`case when failures - ${taken} >= ${LOCK_AFTER_FAILURES} then locked_until else null end`,
    })
    .where('username_key', '=', key)
    .where('failures', '>=', taken)
    .execute();
  await db.deleteFrom('sign_in_attempts').where('username_key', '=', key).where('failures', '<=', 0).execute();
}

/**
 * An attempt counted but never checked (no turn came in time) is taken back, and so is any lock it made; the wait it
 * started stays, which only errs on the side of the limit.
 */
export async function takeBackUncheckedAttempt(db: Kysely<Database>, reservation: SignInReservation): Promise<void> {
  const key = usernameKey(reservation.username);
  await db
    .updateTable('sign_in_attempts')
    .set({
      failures: sql<number>`failures - 1`,
      locked_until: sql<string | null>`case when failures - 1 >= ${LOCK_AFTER_FAILURES} then locked_until else null end`,
    })
    .where('username_key', '=', key)
    .where('failures', '>=', 1)
    .execute();
}

/** An administrator's password reset: the username starts afresh. */
export async function clearFailedSignIns(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('username_key', '=', usernameKey(username)).execute();
}
