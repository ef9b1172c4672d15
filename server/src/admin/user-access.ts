// Resetting a password and replacing an analyst's portfolio: both change what a person may do, so both are audited.
import { hashPassword } from '@bmrts/db';
import { clearFailedSignIns } from '../auth/sign-in-limits';
import type { AdminUser } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { InvalidAssignment } from './admin-errors';
import { changed, recordChange } from './audit';
import { checkActiveUnits } from './user-assignment';
import { loadAdminUser } from './user-view';

/** Sets a new password, ends every session of the user (whoever knew the old one is out at once) and lifts a sign-in lock. */
export async function resetPassword(deps: AppDeps, admin: Caller, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password, deps.config.passwordCost);
  await deps.db.transaction().execute(async (trx) => {
    const user = await loadAdminUser(trx, id);
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst();
    // A new password is a fresh start: a lock from failed sign-ins must not keep its owner out.
    await clearFailedSignIns(trx, user.username);
    // The hash itself never enters the log: the entry says only that the password changed and sessions ended.
    await recordChange(deps, trx, admin, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      before: user,
      after: { ...user, passwordReset: true, sessionsEnded: Number(ended.numDeletedRows) },
    });
  });
}

export async function replacePortfolio(deps: AppDeps, admin: Caller, id: string, unitCodes: readonly string[]): Promise<AdminUser> {
  const units = [...new Set(unitCodes)].sort();
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadAdminUser(trx, id);
    if (before.level !== 2) throw new InvalidAssignment();
    if (!changed(units, before.portfolio)) return before;
    await checkActiveUnits(trx, units);
    await trx.deleteFrom('analyst_portfolios').where('analyst_id', '=', id).execute();
    if (units.length > 0)
      await trx
        .insertInto('analyst_portfolios')
        .values(units.map((unit_code) => ({ analyst_id: id, unit_code })))
        .execute();
    const after = await loadAdminUser(trx, id);
    await recordChange(deps, trx, admin, { action: 'portfolio.replace', entityType: 'user', entityId: id, before, after });
    return after;
  });
}
