// The capacities a person holds right now: their own level, plus every running acting appointment that keeps the rules.
import type { Kysely } from 'kysely';
import { precompiled, type Database, type UserRow } from '@bmrts/db';
import type { Capacity, Scope } from '../deps';
import { ALL_UNITS, scopeOf } from '../scope/scope';
import { lawfulOnly } from './appointment-judgement';

/** Appointments running at `nowIso`: started, not yet ended, not revoked. An expired one stops counting at once. */
// Looked up for the caller of every API call: compiled once.
const appointmentsRunning = precompiled((db, p: { actingUserId: string; nowIso: string }) =>
  db
    .selectFrom('acting_appointments')
    .selectAll()
    .where('acting_user_id', '=', p.actingUserId)
    .where('revoked_at', 'is', null)
    .where('starts_at', '<=', p.nowIso)
    .where('ends_at', '>', p.nowIso)
    .orderBy('starts_at'),
);

export function runningAppointments(db: Kysely<Database>, actingUserId: string, nowIso: string) {
  return appointmentsRunning.execute(db, { actingUserId, nowIso });
}

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
