// Whom a workflow event concerns, as user ids: every decision asks who now holds the request, so each shape is compiled once.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { precompiled } from '../precompiled';

/** Active, non-administrator users: an administrator never decides, so is never told a request waits for them. */
function activePeople(db: Kysely<Database>) {
  return db.selectFrom('users').select('users.id').where('users.active', '=', 1).where('users.is_admin', '=', 0);
}

const unitStaffOf = precompiled((db, p: { unitCode: string }) =>
  activePeople(db).where('users.level', '=', 1).where('users.unit_code', '=', p.unitCode),
);

/** Active level-1 users of the unit. */
export async function activeUnitStaff(db: Kysely<Database>, unitCode: string): Promise<string[]> {
  return (await unitStaffOf.execute(db, { unitCode })).map((r) => r.id);
}

type HolderParams = { level: number; unitCode: string };

// As in the server's scopeOf, the analysts who carry the unit count whether or not their own account is active.
function analystsOfUnit(db: Kysely<Database>, unitCode: string) {
  return db
    .selectFrom('analyst_portfolios')
    .innerJoin('users as analyst', 'analyst.id', 'analyst_portfolios.analyst_id')
    .where('analyst_portfolios.unit_code', '=', unitCode)
    .where('analyst.level', '=', 2);
}

const holdersBy = {
  /** The analysts with the unit in their portfolio. */
  analysts: precompiled((db, p: HolderParams) =>
    activePeople(db).where('users.level', '=', p.level).where('users.id', 'in', analystsOfUnit(db, p.unitCode).select('analyst.id')),
  ),
  /** The heads of those analysts' sections. */
  sectionHeads: precompiled((db, p: HolderParams) =>
    activePeople(db)
      .where('users.level', '=', p.level)
      .where('users.section_id', 'in', analystsOfUnit(db, p.unitCode).select('analyst.section_id')),
  ),
  /** The directors of those sections' divisions. */
  directors: precompiled((db, p: HolderParams) =>
    activePeople(db)
      .where('users.level', '=', p.level)
      .where(
        'users.division_id',
        'in',
        analystsOfUnit(db, p.unitCode)
          .innerJoin('org_sections', 'org_sections.id', 'analyst.section_id')
          .select('org_sections.division_id'),
      ),
  ),
  /** Everyone at the level with no assigned agencies, or with the unit among them. */
  executives: precompiled((db, p: HolderParams) =>
    activePeople(db)
      .where('users.level', '=', p.level)
      .where((eb) =>
        eb.or([
          eb.not(
            eb.exists(
              eb.selectFrom('executive_scopes').select('executive_scopes.user_id').whereRef('executive_scopes.user_id', '=', 'users.id'),
            ),
          ),
          eb.exists(
            eb
              .selectFrom('executive_scopes')
              .select('executive_scopes.user_id')
              .whereRef('executive_scopes.user_id', '=', 'users.id')
              .where('executive_scopes.unit_code', '=', p.unitCode),
          ),
        ]),
      ),
  ),
};

/** How a level's holders are tied to a unit: through an analyst's portfolio, their section, their division, or executive scopes. */
export type HolderKind = keyof typeof holdersBy;

/** Active users at `level` who hold the unit's requests the way `kind` says. */
export async function activeHolders(db: Kysely<Database>, kind: HolderKind, level: number, unitCode: string): Promise<string[]> {
  return (await holdersBy[kind].execute(db, { level, unitCode })).map((r) => r.id);
}
