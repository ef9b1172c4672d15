// Acting appointments running now: looked up for the caller of every API call.
import type { Kysely } from 'kysely';
import type { ActingAppointmentRow, Database } from '../schema';
import { precompiled } from '../precompiled';

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

/** Appointments of this person running at `nowIso`: started, not yet ended, not revoked. An expired one stops counting at once. */
export function runningAppointments(db: Kysely<Database>, actingUserId: string, nowIso: string): Promise<ActingAppointmentRow[]> {
  return appointmentsRunning.execute(db, { actingUserId, nowIso });
}
