// Who a round invites now: active users with a level who are not administrators, by the round's invitation.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { SurveyInvitation, SurveyPerson } from '@bmrts/shared';

export async function invitedPeople(db: Kysely<Database>, invitation: SurveyInvitation): Promise<SurveyPerson[]> {
  let q = db
    .selectFrom('users')
    .select(['id', 'level', 'unit_code'])
    .where('active', '=', 1)
    .where('is_admin', '=', 0)
    .where('level', 'is not', null);
  if (!invitation.allUsers) {
    // Mirrors isInvited: the chosen levels, or the chosen units; an empty list must not become "IN ()".
    q = q.where((eb) =>
      eb.or([
        ...(invitation.levels.length ? [eb('level', 'in', invitation.levels)] : []),
        ...(invitation.unitCodes.length ? [eb('unit_code', 'in', invitation.unitCodes)] : []),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.flatMap((r) => (r.level === null ? [] : [{ id: r.id, level: r.level, unitCode: r.unit_code }]));
}
