// Which budget units a person may see: their unit, their portfolio, their section's or division's, or all.
import type { Kysely } from 'kysely';
import { portfolioUnits, type Database, type UserRow } from '@bmrts/db';
import { Forbidden } from '@bmrts/shared';
import type { Caller, Scope } from '../deps';

export const ALL_UNITS: Scope = { allUnits: true, unitCodes: [] };

async function analystUnits(db: Kysely<Database>, analystIds: (qb: Kysely<Database>) => Promise<string[]>): Promise<string[]> {
  return (await portfolioUnits(db, await analystIds(db))).sort();
}

export async function scopeOf(db: Kysely<Database>, user: UserRow): Promise<Scope> {
  if (user.is_admin) return ALL_UNITS;
  switch (user.level) {
    case 1:
      return { allUnits: false, unitCodes: user.unit_code ? [user.unit_code] : [] };
    case 2:
      return { allUnits: false, unitCodes: await analystUnits(db, async () => [user.id]) };
    case 3:
      return {
        allUnits: false,
        unitCodes: await analystUnits(db, async (q) =>
          user.section_id === null
            ? []
            : (await q.selectFrom('users').select('id').where('level', '=', 2).where('section_id', '=', user.section_id).execute()).map(
                (r) => r.id,
              ),
        ),
      };
    case 4:
      return {
        allUnits: false,
        unitCodes: await analystUnits(db, async (q) =>
          user.division_id === null
            ? []
            : (
                await q
                  .selectFrom('users')
                  .innerJoin('org_sections', 'org_sections.id', 'users.section_id')
                  .select('users.id')
                  .where('users.level', '=', 2)
                  .where('org_sections.division_id', '=', user.division_id)
                  .execute()
              ).map((r) => r.id),
        ),
      };
    case null:
      return { allUnits: false, unitCodes: [] };
    default: {
      const assigned = await db.selectFrom('executive_scopes').select('unit_code').where('user_id', '=', user.id).execute();
      return assigned.length === 0 ? ALL_UNITS : { allUnits: false, unitCodes: assigned.map((r) => r.unit_code).sort() };
    }
  }
}

export function inScope(scope: Scope, unitCode: string): boolean {
  return scope.allUnits || scope.unitCodes.includes(unitCode);
}

/** Whether the caller may make a senior read (the dashboard, the Council report): an administrator, or a capacity at `fromLevel` or above. */
export function maySeniorRead(caller: Caller, fromLevel: number): boolean {
  return caller.isAdmin || caller.capacities.some((c) => c.level >= fromLevel);
}

/**
 * The units a senior read covers: the union of the caller's capacities at `fromLevel` or above, all units for an
 * administrator; Forbidden for anyone who may not make it (maySeniorRead).
 */
export function seniorScope(caller: Caller, fromLevel: number): Scope {
  if (!maySeniorRead(caller, fromLevel)) throw new Forbidden();
  if (caller.isAdmin) return ALL_UNITS;
  const senior = caller.capacities.filter((c) => c.level >= fromLevel);
  if (senior.some((c) => c.scope.allUnits)) return ALL_UNITS;
  return { allUnits: false, unitCodes: [...new Set(senior.flatMap((c) => c.scope.unitCodes))].sort() };
}
