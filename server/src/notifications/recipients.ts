// Who is told about a workflow event: the staff of the request's unit, and the reviewers who now hold the request.
import type { Kysely } from 'kysely';
import { activeHolders, activeUnitStaff, type Database } from '@bmrts/db';
import { TOP_LEVEL } from '@bmrts/shared';

/** Active level-1 users of the unit (never an administrator). */
export function unitStaff(db: Kysely<Database>, unitCode: string): Promise<string[]> {
  return activeUnitStaff(db, unitCode);
}

/**
 * Active users whose own position holds requests of this unit at this level, mirroring scopeOf:
 * 2 the analysts with the unit in their portfolio, 3 the heads of those analysts' sections, 4 the directors of
 * those sections' divisions, 5–8 everyone at the level with no assigned agencies or with the unit among them.
 * People acting for a holder are not included: an appointment is temporary, and the holder's own notice suffices.
 */
export async function levelHolders(db: Kysely<Database>, level: number, unitCode: string): Promise<string[]> {
  if (level < 2 || level > TOP_LEVEL) return [];
  const kind = level === 2 ? 'analysts' : level === 3 ? 'sectionHeads' : level === 4 ? 'directors' : 'executives';
  return activeHolders(db, kind, level, unitCode);
}
