// Editing a user: moving them between levels, assigning units to an executive, deactivating; audited in the same transaction.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { AdminUser, UpdateUserBody } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { CannotDeactivateSelf, InvalidAssignment } from './admin-errors';
import { changed, recordChange } from './audit';
import { holdsPortfolio, isExecutiveLevel, placeOfLevel } from '@bmrts/shared';
import { checkActiveUnits, checkAssignment, checkReferences, type Assignment } from './user-assignment';
import { loadAdminUser } from './user-view';

/** The position after the edit. Fields of the old level that the new one does not use are cleared unless sent. */
function nextAssignment(before: AdminUser, body: UpdateUserBody): Assignment {
  const level = body.level === undefined ? before.level : body.level;
  const place = placeOfLevel(level);
  const pick = (field: 'unitCode' | 'sectionId' | 'divisionId') => {
    const sent = body[field];
    if (sent !== undefined) return sent;
    return field === place ? before[field] : null;
  };
  return { level, isAdmin: before.isAdmin, unitCode: pick('unitCode'), sectionId: pick('sectionId'), divisionId: pick('divisionId') };
}

async function replaceExecutiveScope(trx: Kysely<Database>, userId: string, unitCodes: readonly string[]): Promise<void> {
  await trx.deleteFrom('executive_scopes').where('user_id', '=', userId).execute();
  if (unitCodes.length > 0)
    await trx
      .insertInto('executive_scopes')
      .values(unitCodes.map((unit_code) => ({ user_id: userId, unit_code })))
      .execute();
}

export async function updateUser(deps: AppDeps, admin: Caller, id: string, body: UpdateUserBody): Promise<AdminUser> {
  if (body.active === false && id === admin.id) throw new CannotDeactivateSelf();
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadAdminUser(trx, id);
    const next = nextAssignment(before, body);
    checkAssignment(next);
    const moved = next.unitCode !== before.unitCode || next.sectionId !== before.sectionId || next.divisionId !== before.divisionId;
    if (moved) await checkReferences(trx, next);
    const scope = body.executiveScope ? [...new Set(body.executiveScope)].sort() : undefined;
    if (scope && scope.length > 0 && !isExecutiveLevel(next.level)) throw new InvalidAssignment();
    if (scope && changed(scope, before.executiveScope)) await checkActiveUnits(trx, scope);

    await trx
      .updateTable('users')
      .set({
        display_name: body.displayName ?? before.displayName,
        phone_extension: body.phoneExtension === undefined ? before.phoneExtension : body.phoneExtension,
        level: next.level,
        unit_code: next.unitCode,
        section_id: next.sectionId,
        division_id: next.divisionId,
        active: (body.active ?? before.active) ? 1 : 0,
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    // A portfolio or assigned units only mean something at their level; leaving the level leaves them behind.
    if (!holdsPortfolio(next.level)) await trx.deleteFrom('analyst_portfolios').where('analyst_id', '=', id).execute();
    if (scope) await replaceExecutiveScope(trx, id, scope);
    else if (!isExecutiveLevel(next.level)) await replaceExecutiveScope(trx, id, []);
    // A deactivated person is signed out at once, not when their session would have expired.
    if (body.active === false) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();

    const after = await loadAdminUser(trx, id);
    if (changed(before, after)) {
      const action =
        before.active && !after.active ? 'user.deactivate' : !before.active && after.active ? 'user.reactivate' : 'user.update';
      await recordChange(deps, trx, admin, { action, entityType: 'user', entityId: id, before, after });
    }
    return after;
  });
}
