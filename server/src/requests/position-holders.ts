// Who has a request on their desk now, as people: the holders of its desk level for its unit (the same ties scopeOf and
// the notifications follow: the unit's staff, the analysts carrying the unit, their section heads and division
// directors, the executives assigned the unit or every unit) and whoever acts for one of them under a lawful appointment
// running now. Batched: a page of requests costs one query for the holders and one for the appointments, never one per row.
import { sql, type Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { PositionHolder } from '@bmrts/shared';
import { lawfulOnly } from '../acting/appointment-judgement';

/** Where a request's desk is: its unit and the level whose people have it (`positionOf(…).deskLevel`, null once closed). */
export interface DeskOf {
  unitCode: string;
  deskLevel: number | null;
}

/** The people holding each desk asked about, holders first then those acting for them; empty for a closed request. */
export interface DeskHolders {
  of(desk: DeskOf): PositionHolder[];
}

const keyOf = (level: number, unitCode: string) => `${level}|${unitCode}`;

/** The holders of every level asked for, over the units asked for, as one UNION ALL (levels not asked for are left out). */
function holdersQuery(db: Kysely<Database>, levels: ReadonlySet<number>, unitCodes: readonly string[]) {
  const person = ['users.id', 'users.display_name', 'users.phone_extension'] as const;
  const branches = [];
  if (levels.has(1))
    branches.push(
      db
        .selectFrom('users')
        .select([sql.lit(1).$castTo<number>().as('level'), sql.ref<string>('users.unit_code').as('unit_code'), ...person])
        .where('users.level', '=', 1)
        .where('users.unit_code', 'in', unitCodes),
    );
  // As in scopeOf, the analysts who carry the unit tie their section and division to it whether or not they are active.
  const portfolios = () =>
    db
      .selectFrom('analyst_portfolios')
      .innerJoin('users as analyst', 'analyst.id', 'analyst_portfolios.analyst_id')
      .where('analyst.level', '=', 2)
      .where('analyst_portfolios.unit_code', 'in', unitCodes);
  const unitOfPortfolio = sql.ref<string>('analyst_portfolios.unit_code').as('unit_code');
  if (levels.has(2))
    branches.push(
      portfolios()
        .innerJoin('users', 'users.id', 'analyst.id')
        .select([sql.lit(2).$castTo<number>().as('level'), unitOfPortfolio, ...person]),
    );
  if (levels.has(3))
    branches.push(
      portfolios()
        .innerJoin('users', 'users.section_id', 'analyst.section_id')
        .where('users.level', '=', 3)
        .select([sql.lit(3).$castTo<number>().as('level'), unitOfPortfolio, ...person]),
    );
  if (levels.has(4))
    branches.push(
      portfolios()
        .innerJoin('org_sections', 'org_sections.id', 'analyst.section_id')
        .innerJoin('users', 'users.division_id', 'org_sections.division_id')
        .where('users.level', '=', 4)
        .select([sql.lit(4).$castTo<number>().as('level'), unitOfPortfolio, ...person]),
    );
  const executiveLevels = [...levels].filter((l) => l >= 5);
  if (executiveLevels.length > 0)
    branches.push(
      // Everyone at the level with no assigned units, or with this unit among them, for each unit asked about.
      db
        .selectFrom('budget_units')
        .innerJoin('users', (join) => join.onTrue())
        .where('budget_units.code', 'in', unitCodes)
        .where('users.level', 'in', executiveLevels)
        .where((eb) =>
          eb.or([
            eb.not(eb.exists(eb.selectFrom('executive_scopes').select('user_id').whereRef('executive_scopes.user_id', '=', 'users.id'))),
            eb.exists(
              eb
                .selectFrom('executive_scopes')
                .select('user_id')
                .whereRef('executive_scopes.user_id', '=', 'users.id')
                .whereRef('executive_scopes.unit_code', '=', 'budget_units.code'),
            ),
          ]),
        )
        .select([sql.ref<number>('users.level').as('level'), sql.ref<string>('budget_units.code').as('unit_code'), ...person]),
    );
  // An administrator never decides and a deactivated account holds nothing (as notifications' activePeople).
  const active = branches.map((b) => b.where('users.active', '=', 1).where('users.is_admin', '=', 0));
  const [first, ...rest] = active;
  return first ? rest.reduce((all, b) => all.unionAll(b), first) : null;
}

/** Appointments running now, acting for one of these holders or at one of these levels, with the acting person's contact. */
function actingQuery(db: Kysely<Database>, holderIds: readonly string[], levels: readonly number[], nowIso: string) {
  return db
    .selectFrom('acting_appointments')
    .innerJoin('users', 'users.id', 'acting_appointments.acting_user_id')
    .selectAll('acting_appointments')
    .select(['users.display_name', 'users.phone_extension'])
    .where('users.active', '=', 1)
    .where('users.is_admin', '=', 0)
    .where('acting_appointments.revoked_at', 'is', null)
    .where('acting_appointments.starts_at', '<=', nowIso)
    .where('acting_appointments.ends_at', '>', nowIso)
    .where((eb) =>
      eb.or([
        eb('acting_appointments.for_level', 'in', levels),
        ...(holderIds.length > 0 ? [eb('acting_appointments.for_user_id', 'in', holderIds)] : []),
      ]),
    );
}

const byName = (a: PositionHolder, b: PositionHolder) => a.displayName.localeCompare(b.displayName, 'th');

/**
 * The holders of each desk of these requests, and who acts for them now. The one answer to "who holds it" for the request
 * view, the list, the inbox and anything that names the person a request went to.
 */
export async function holdersOfDesks(
  db: Kysely<Database>,
  desks: readonly DeskOf[],
  nowIso: string,
  holdersMayAppoint: boolean,
): Promise<DeskHolders> {
  const open = desks.filter((d): d is DeskOf & { deskLevel: number } => d.deskLevel !== null);
  const levels = new Set(open.map((d) => d.deskLevel));
  const unitCodes = [...new Set(open.map((d) => d.unitCode))];
  const byDesk = new Map<string, PositionHolder[]>();
  const query = unitCodes.length === 0 ? null : holdersQuery(db, levels, unitCodes);
  const rows = query ? await query.execute() : [];
  const levelOfHolder = new Map<string, number>();
  for (const r of rows) {
    const key = keyOf(Number(r.level), r.unit_code);
    const people = byDesk.get(key) ?? [];
    if (!people.some((p) => p.id === r.id))
      people.push({ id: r.id, displayName: r.display_name, phoneExtension: r.phone_extension, acting: false, actingFor: null });
    byDesk.set(key, people);
    levelOfHolder.set(r.id, Number(r.level));
  }
  const holderIds = [...levelOfHolder.keys()];
  const appointments =
    levels.size === 0 ? [] : await lawfulOnly(db, await actingQuery(db, holderIds, [...levels], nowIso).execute(), holdersMayAppoint);
  const names = new Map(rows.map((r) => [r.id, r.display_name]));
  return {
    of({ unitCode, deskLevel }) {
      if (deskLevel === null) return [];
      const holders = byDesk.get(keyOf(deskLevel, unitCode)) ?? [];
      const ids = new Set(holders.map((h) => h.id));
      // A level-wide appointment stands in at every unit; one for a person, wherever that person holds the request.
      const acting = appointments
        .filter((a) => (a.for_user_id !== null ? ids.has(a.for_user_id) : a.for_level === deskLevel))
        .filter((a) => !ids.has(a.acting_user_id))
        .map((a): PositionHolder => ({
          id: a.acting_user_id,
          displayName: a.display_name,
          phoneExtension: a.phone_extension,
          acting: true,
          actingFor: a.for_user_id === null ? null : { id: a.for_user_id, displayName: names.get(a.for_user_id) ?? '' },
        }));
      const unique = acting.filter((a, i) => acting.findIndex((b) => b.id === a.id) === i);
      return [...[...holders].sort(byName), ...unique.sort(byName)];
    },
  };
}

/** The people holding one request now (the confirmation after a move names them): holdersOfDesks for one row. */
export async function holdersOfRequest(
  db: Kysely<Database>,
  request: DeskOf,
  nowIso: string,
  holdersMayAppoint: boolean,
): Promise<PositionHolder[]> {
  return (await holdersOfDesks(db, [request], nowIso, holdersMayAppoint)).of(request);
}
