// Whether a user's level fits their unit, section and division, and whether those (and any unit codes) exist.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { placeOfLevel } from '@bmrts/shared';
import { InvalidAssignment, InvalidReference } from './admin-errors';

export interface Assignment {
  level: number | null;
  isAdmin: boolean;
  unitCode: string | null;
  sectionId: string | null;
  divisionId: string | null;
}

export function checkAssignment(a: Assignment): void {
  if (a.level === null && !a.isAdmin) throw new InvalidAssignment();
  const place = placeOfLevel(a.level);
  for (const field of ['unitCode', 'sectionId', 'divisionId'] as const) {
    if ((field === place) !== (a[field] !== null)) throw new InvalidAssignment();
  }
}

/** The unit, section and division named must exist; a new assignment to an inactive unit is refused. */
export async function checkReferences(db: Kysely<Database>, a: Assignment): Promise<void> {
  if (a.unitCode !== null) await checkActiveUnits(db, [a.unitCode]);
  if (a.sectionId !== null && !(await db.selectFrom('org_sections').select('id').where('id', '=', a.sectionId).executeTakeFirst())) {
    throw new InvalidReference({ sectionId: a.sectionId });
  }
  if (a.divisionId !== null && !(await db.selectFrom('org_divisions').select('id').where('id', '=', a.divisionId).executeTakeFirst())) {
    throw new InvalidReference({ divisionId: a.divisionId });
  }
}

export async function checkActiveUnits(db: Kysely<Database>, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await db
    .selectFrom('budget_units')
    .select('code')
    .where('code', 'in', [...codes])
    .where('active', '=', 1)
    .execute();
  const known = new Set(found.map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new InvalidReference({ unitCodes: unknown });
}
