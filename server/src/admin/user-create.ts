// Creating a user: checked for a consistent position, in one transaction with its audit entry.
import { hashPassword } from '@bmrts/db';
import type { AdminUser, CreateUserBody } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { UsernameTaken } from './admin-errors';
import { recordChange } from './audit';
import { checkAssignment, checkReferences, type Assignment } from './user-assignment';
import { loadAdminUser } from './user-view';

export async function createUser(deps: AppDeps, admin: Caller, body: CreateUserBody): Promise<AdminUser> {
  const assignment: Assignment = {
    level: body.level,
    isAdmin: body.isAdmin,
    unitCode: body.unitCode ?? null,
    sectionId: body.sectionId ?? null,
    divisionId: body.divisionId ?? null,
  };
  checkAssignment(assignment);
  // Hashing is slow on purpose; do it before the transaction so the database is not held meanwhile.
  const passwordHash = await hashPassword(body.password, deps.config.passwordCost);
  const id = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst()) throw new UsernameTaken();
    await checkReferences(trx, assignment);
    await trx
      .insertInto('users')
      .values({
        id,
        username: body.username,
        password_hash: passwordHash,
        display_name: body.displayName,
        phone_extension: body.phoneExtension ?? null,
        level: assignment.level,
        unit_code: assignment.unitCode,
        section_id: assignment.sectionId,
        division_id: assignment.divisionId,
        is_admin: body.isAdmin ? 1 : 0,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const after = await loadAdminUser(trx, id);
    await recordChange(deps, trx, admin, { action: 'user.create', entityType: 'user', entityId: id, before: null, after });
    return after;
  });
}
