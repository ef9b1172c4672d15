// Stored appointments judged by the shared rules against the organisation as it stands now: one that breaks them (or
// has no order) grants nothing, reminds nobody, and is listed with its violations for the administrator.
import type { Kysely } from 'kysely';
import type { ActingAppointmentRow, Database, UserRow } from '@bmrts/db';
import { appointmentRefusals, orgFactsOf, type AppointmentViolation, type OrgFacts, type OrgPerson } from '@bmrts/shared';

export function orgPersonOf(user: Pick<UserRow, 'id' | 'level' | 'is_admin' | 'section_id' | 'division_id'>): OrgPerson {
  return { id: user.id, level: user.level, isAdmin: user.is_admin === 1, sectionId: user.section_id, divisionId: user.division_id };
}

export async function orgFacts(db: Kysely<Database>): Promise<OrgFacts> {
  const sections = await db.selectFrom('org_sections').select(['id', 'division_id as divisionId']).execute();
  return orgFactsOf(sections);
}

/** The people an appointment names, and the organisation they sit in: what judging it needs. */
export interface JudgementContext {
  people: ReadonlyMap<string, OrgPerson>;
  org: OrgFacts;
  holdersMayAppoint: boolean;
}

type Judged = Pick<ActingAppointmentRow, 'acting_user_id' | 'for_user_id' | 'for_level' | 'created_by' | 'order_no' | 'order_date'>;

export async function judgementContext(
  db: Kysely<Database>,
  rows: readonly Judged[],
  holdersMayAppoint: boolean,
): Promise<JudgementContext> {
  const ids = [...new Set(rows.flatMap((r) => [r.acting_user_id, r.created_by, ...(r.for_user_id ? [r.for_user_id] : [])]))];
  const users =
    ids.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'level', 'is_admin', 'section_id', 'division_id']).where('id', 'in', ids).execute();
  return { people: new Map(users.map((u) => [u.id, orgPersonOf(u)])), org: await orgFacts(db), holdersMayAppoint };
}

/** What the stored appointment breaks now; empty when it counts. */
export function violationsOf(row: Judged, context: JudgementContext): AppointmentViolation[] {
  const violations: AppointmentViolation[] = row.order_no === null || row.order_date === null ? ['order_missing'] : [];
  const appointer = context.people.get(row.created_by);
  const acting = context.people.get(row.acting_user_id);
  const holder = row.for_user_id === null ? null : context.people.get(row.for_user_id);
  // Users are never deleted, so a missing one can only be a row written by hand; it counts as no reviewer at all.
  if (!appointer || !acting || holder === undefined) return [...violations, 'acting_not_reviewer'];
  const actedFor = holder !== null ? { holder } : row.for_level !== null ? { level: row.for_level } : null;
  if (actedFor === null) return [...violations, 'acted_for_not_reviewer'];
  return [
    ...violations,
    ...appointmentRefusals({ appointer, acting, actedFor, org: context.org, holdersMayAppoint: context.holdersMayAppoint }),
  ];
}

/** The rows that break no rule now, in their order. */
export async function lawfulOnly<T extends Judged>(db: Kysely<Database>, rows: readonly T[], holdersMayAppoint: boolean): Promise<T[]> {
  if (rows.length === 0) return [];
  const context = await judgementContext(db, rows, holdersMayAppoint);
  return rows.filter((row) => violationsOf(row, context).length === 0);
}
