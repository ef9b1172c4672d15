// Acting appointments, each by a written order: made by an administrator, a superior of the holder in the same line, or
// the holder for themselves where policy allows (the shared rules judge); revoked, never deleted.
import type { Kysely } from 'kysely';
import { appendAuditEntry, type ActingAppointmentRow, type Database } from '@bmrts/db';
import {
  AppointmentRefused,
  appointmentRefusals,
  DomainError,
  MAX_APPOINTMENT_DAYS,
  NotFound,
  type ActingKind,
  type Appointment,
  type CreateAppointment,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { judgementContext, orgFacts, orgPersonOf, violationsOf } from './appointment-judgement';

const invalid = () => new DomainError('invalid_appointment', 422);

async function activeUser(db: Kysely<Database>, id: string) {
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user || !user.active) throw new DomainError('invalid_reference', 400);
  return user;
}

export async function createAppointment(deps: AppDeps, caller: Caller, body: CreateAppointment): Promise<string> {
  const now = deps.clock.now();
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  if (endsAt <= now || endsAt.getTime() - startsAt.getTime() > MAX_APPOINTMENT_DAYS * 86_400_000) throw invalid();

  const appointer = await activeUser(deps.db, caller.id);
  const acting = await activeUser(deps.db, body.actingUserId);
  const holder = body.forUserId === undefined ? null : await activeUser(deps.db, body.forUserId);
  // The schema guarantees a person or a level; a level is 5–8.
  const actedFor = holder !== null ? { holder: orgPersonOf(holder) } : { level: body.forLevel ?? 0 };
  const [refusal] = appointmentRefusals({
    appointer: orgPersonOf(appointer),
    acting: orgPersonOf(acting),
    actedFor,
    org: await orgFacts(deps.db),
    holdersMayAppoint: deps.config.holdersMayAppoint,
  });
  if (refusal) throw new AppointmentRefused(refusal);

  const id = deps.ids.newId();
  const row: ActingAppointmentRow = {
    id,
    acting_user_id: acting.id,
    for_user_id: body.forUserId ?? null,
    for_level: body.forLevel ?? null,
    starts_at: startsAt.toISOString(),
    ends_at: endsAt.toISOString(),
    reason: body.reason,
    created_by: caller.id,
    created_at: now.toISOString(),
    revoked_at: null,
    order_no: body.orderNo,
    order_date: body.orderDate,
    kind: body.kind,
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('acting_appointments').values(row).execute();
    await appendAuditEntry(trx, {
      id: deps.ids.newId(),
      actorId: caller.id,
      action: 'appointment.create',
      entityType: 'acting_appointment',
      entityId: id,
      before: null,
      after: row,
      at: now.toISOString(),
    });
  });
  return id;
}

export async function revokeAppointment(deps: AppDeps, caller: Caller, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('acting_appointments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFound();
    const involved = row.created_by === caller.id || row.for_user_id === caller.id;
    if (!caller.isAdmin && !involved) throw new NotFound();
    if (row.revoked_at !== null) return;
    const now = deps.clock.now().toISOString();
    await trx.updateTable('acting_appointments').set({ revoked_at: now }).where('id', '=', id).execute();
    await appendAuditEntry(trx, {
      id: deps.ids.newId(),
      actorId: caller.id,
      action: 'appointment.revoke',
      entityType: 'acting_appointment',
      entityId: id,
      before: row,
      after: { ...row, revoked_at: now },
      at: now,
    });
  });
}

/** Administrators see every appointment; anyone else those they act in, are acted for in, or made. */
export async function listAppointments(deps: AppDeps, caller: Caller): Promise<Appointment[]> {
  let q = deps.db
    .selectFrom('acting_appointments as a')
    .innerJoin('users as acting', 'acting.id', 'a.acting_user_id')
    .innerJoin('users as creator', 'creator.id', 'a.created_by')
    .leftJoin('users as principal', 'principal.id', 'a.for_user_id')
    .selectAll('a')
    .select(['acting.display_name as acting_name', 'creator.display_name as creator_name', 'principal.display_name as principal_name']);
  if (!caller.isAdmin) {
    q = q.where((eb) =>
      eb.or([eb('a.acting_user_id', '=', caller.id), eb('a.for_user_id', '=', caller.id), eb('a.created_by', '=', caller.id)]),
    );
  }
  const rows = await q.orderBy('a.starts_at', 'desc').limit(500).execute();
  const now = deps.clock.now().toISOString();
  const context = await judgementContext(deps.db, rows, deps.config.holdersMayAppoint);
  return rows.map((r) => toAppointment(r, violationsOf(r, context), now));
}

type ListedRow = ActingAppointmentRow & { acting_name: string; creator_name: string; principal_name: string | null };

function toAppointment(r: ListedRow, violations: Appointment['violations'], now: string): Appointment {
  return {
    id: r.id,
    actingUser: { id: r.acting_user_id, displayName: r.acting_name },
    forUser: r.for_user_id && r.principal_name ? { id: r.for_user_id, displayName: r.principal_name } : null,
    forLevel: r.for_level,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    reason: r.reason,
    kind: r.kind as ActingKind,
    orderNo: r.order_no,
    orderDate: r.order_date,
    createdBy: { id: r.created_by, displayName: r.creator_name },
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    active: violations.length === 0 && r.revoked_at === null && r.starts_at <= now && r.ends_at > now,
    violations,
  };
}
