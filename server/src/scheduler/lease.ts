// The lease that lets exactly one server process run the scheduler: taken with a conditional write, so two
// processes asking at once cannot both get it; the notices' unique key stays the safety net behind it.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';

export const SCHEDULER_LEASE = 'reminders';

/**
 * Takes the lease for `holder` until `expiresAt` if nobody holds it, it has expired, or `holder` already holds it
 * (renewal). True when `holder` now holds it. Each statement is atomic on its own: the INSERT creates the row once,
 * and the UPDATE's WHERE is re-checked against the row it locks, so of two contenders only one changes it.
 */
export async function acquireLease(db: Kysely<Database>, holder: string, nowIso: string, expiresAt: string): Promise<boolean> {
  const inserted = await db
    .insertInto('scheduler_leases')
    .values({ name: SCHEDULER_LEASE, holder, acquired_at: nowIso, expires_at: expiresAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return true;
  const updated = await db
    .updateTable('scheduler_leases')
    .set({ holder, acquired_at: nowIso, expires_at: expiresAt })
    .where('name', '=', SCHEDULER_LEASE)
    .where((eb) => eb.or([eb('expires_at', '<=', nowIso), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Gives the lease up at once (at shutdown, or after a one-off run), so another process need not wait for it to expire. */
export async function releaseLease(db: Kysely<Database>, holder: string, nowIso: string): Promise<void> {
  await db
    .updateTable('scheduler_leases')
    .set({ expires_at: nowIso })
    .where('name', '=', SCHEDULER_LEASE)
    .where('holder', '=', holder)
    .execute();
}
