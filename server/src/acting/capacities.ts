// The capacities a person holds right now: their own level, plus every running acting appointment that keeps the rules.
import type { Kysely } from 'kysely';
import { runningAppointments, type Database, type UserRow } from '@bmrts/db';
import type { Capacity, Scope } from '../deps';
import { ALL_UNITS, scopeOf } from '../scope/scope';
import { lawfulOnly } from './appointment-judgement';

/**
 * An appointment that breaks the rules as they stand now (say, a budget-unit clerk made to act for an analyst before
 * the rules existed, or one with no order) grants nothing: it is listed with its violations for the administrator.
 */
export async function capacitiesOf(db: Kysely<Database>, user: UserRow, nowIso: string, holdersMayAppoint: boolean): Promise<Capacity[]> {
  const capacities: Capacity[] = [];
  if (user.level !== null && !user.is_admin) {
    capacities.push({ level: user.level, scope: await scopeOf(db, user), onBehalfOf: null, appointmentId: null, endsAt: null });
  }
  if (user.is_admin) return capacities; // administrators manage; they never decide, not even when appointed
  for (const appointment of await lawfulOnly(db, await runningAppointments(db, user.id, nowIso), holdersMayAppoint)) {
    if (appointment.for_level !== null) {
      capacities.push({
        level: appointment.for_level,
        scope: ALL_UNITS,
        onBehalfOf: null,
        appointmentId: appointment.id,
        endsAt: appointment.ends_at,
      });
      continue;
    }
    if (appointment.for_user_id === null) continue;
    const principal = await db.selectFrom('users').selectAll().where('id', '=', appointment.for_user_id).executeTakeFirst();
    if (!principal || !principal.active || principal.level === null || principal.level < 2) continue;
    capacities.push({
      level: principal.level,
      scope: await scopeOf(db, principal),
      onBehalfOf: { id: principal.id, displayName: principal.display_name },
      appointmentId: appointment.id,
      endsAt: appointment.ends_at,
    });
  }
  return capacities;
}

/** Everything the caller may see: the union of their capacities' scopes (all units for an administrator). */
export function visibleScope(user: UserRow, capacities: Capacity[]): Scope {
  if (user.is_admin || capacities.some((c) => c.scope.allUnits)) return ALL_UNITS;
  const codes = new Set(capacities.flatMap((c) => c.scope.unitCodes));
  return { allUnits: false, unitCodes: [...codes].sort() };
}
