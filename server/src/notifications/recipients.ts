// Who is told about a workflow event: the staff of the request's unit, and the reviewers who now hold the request.
import type { Kysely } from 'kysely';
import { precompiled, type Database } from '@bmrts/db';
import { TOP_LEVEL } from '@bmrts/shared';

/** Active, non-administrator users: an administrator never decides, so is never told a request waits for them. */
function activePeople(db: Kysely<Database>) {
  return db.selectFrom('users').select('users.id').where('users.active', '=', 1).where('users.is_admin', '=', 0);
}

/** Active level-1 users of the unit. */
const unitStaffQuery = precompiled((db, p: { unitCode: string }) =>
  activePeople(db).where('users.level', '=', 1).where('users.unit_code', '=', p.unitCode),
);

export async function unitStaff(db: Kysely<Database>, unitCode: string): Promise<string[]> {
  const rows = await unitStaffQuery.execute(db, { unitCode });
  return rows.map((r) => r.id);
}

type HolderParams = { level: number; unitCode: string };

// As in scopeOf, the analysts who carry the unit count whether or not their own account is active.
function analystsOfUnit(db: Kysely<Database>, unitCode: string) {
  return db
    .selectFrom('analyst_portfolios')
    .innerJoin('users as analyst', 'analyst.id', 'analyst_portfolios.analyst_id')
    .where('analyst_portfolios.unit_code', '=', unitCode)
    .where('analyst.level', '=', 2);
}

// One shape per kind of level, each compiled once: every decision asks who now holds the request.
const analystHolders = precompiled((db, p: HolderParams) =>
  activePeople(db).where('users.level', '=', p.level).where('users.id', 'in', analystsOfUnit(db, p.unitCode).select('analyst.id')),
);
const sectionHeadHolders = precompiled((db, p: HolderParams) =>
  activePeople(db)
    .where('users.level', '=', p.level)
    .where('users.section_id', 'in', analystsOfUnit(db, p.unitCode).select('analyst.section_id')),
);
const directorHolders = precompiled((db, p: HolderParams) =>
  activePeople(db)
    .where('users.level', '=', p.level)
    .where(
      'users.division_id',
      'in',
      analystsOfUnit(db, p.unitCode).innerJoin('org_sections', 'org_sections.id', 'analyst.section_id').select('org_sections.division_id'),
    ),
);
const executiveHolders = precompiled((db, p: HolderParams) =>
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
);

/**
 * Active users whose own position holds requests of this unit at this level, mirroring scopeOf:
 * 2 the analysts with the unit in their portfolio, 3 the heads of those analysts' sections, 4 the directors of
 * those sections' divisions, 5–8 everyone at the level with no assigned agencies or with the unit among them.
 * People acting for a holder are not included: an appointment is temporary, and the holder's own notice suffices.
 */
export async function levelHolders(db: Kysely<Database>, level: number, unitCode: string): Promise<string[]> {
  if (level < 2 || level > TOP_LEVEL) return [];
  const holders = level === 2 ? analystHolders : level === 3 ? sectionHeadHolders : level === 4 ? directorHolders : executiveHolders;
  const rows = await holders.execute(db, { level, unitCode });
  return rows.map((r) => r.id);
}
