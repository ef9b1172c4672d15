// Who hears of a late request: the people holding it (reminder), the level above (escalation), the unit (late).
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { TOP_LEVEL } from '@bmrts/shared';
import { lawfulOnly } from '../acting/appointment-judgement';
import { levelHolders } from '../notifications/recipients';

/**
 * Nobody in BMRTS stands above the deputy governor (level 8), so a request late there is escalated to the director
 * of the Budget Office (level 6), who answers for the office's service targets and follows it up with the governor's office.
 */
export const ESCALATION_ABOVE_TOP_LEVEL = 6;

export function escalationLevelOf(level: number): number {
  return level < TOP_LEVEL ? level + 1 : ESCALATION_ABOVE_TOP_LEVEL;
}

/**
 * The holders of the level for this unit, and whoever acts for one of them or at the level (5–8, every unit) under an
 * appointment running now that keeps the rules: a reminder is meant for whoever has the request on their desk this week.
 */
export async function holdersNow(
  db: Kysely<Database>,
  level: number,
  unitCode: string,
  nowIso: string,
  holdersMayAppoint: boolean,
): Promise<string[]> {
  const holders = await levelHolders(db, level, unitCode);
  let acting = db
    .selectFrom('acting_appointments')
    .innerJoin('users', 'users.id', 'acting_appointments.acting_user_id')
    .selectAll('acting_appointments')
    .where('users.active', '=', 1)
    .where('users.is_admin', '=', 0)
    .where('acting_appointments.revoked_at', 'is', null)
    .where('acting_appointments.starts_at', '<=', nowIso)
    .where('acting_appointments.ends_at', '>', nowIso);
  acting = acting.where((eb) =>
    eb.or([
      eb('acting_appointments.for_level', '=', level),
      ...(holders.length > 0 ? [eb('acting_appointments.for_user_id', 'in', holders)] : []),
    ]),
  );
  const appointees = (await lawfulOnly(db, await acting.execute(), holdersMayAppoint)).map((r) => r.acting_user_id);
  return [...new Set([...holders, ...appointees])];
}
