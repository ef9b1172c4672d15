// Who holds a request now, as people: the one server answer to "whose desk is it on", for the request page's
// confirmation, and for any other place that names the holders (rows, the unit's home).
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { PersonRef, Position, PositionView } from '@bmrts/shared';
import { levelHolders, unitStaff } from '../notifications/recipients';

/** The ids of the active people whose desk the request is on: its unit's staff at level 1, the level's reviewers above. */
export async function holderIdsOf(db: Kysely<Database>, position: Position | PositionView, unitCode: string): Promise<string[]> {
  const level = position.deskLevel;
  if (level === null) return [];
  return level === 1 ? unitStaff(db, unitCode) : levelHolders(db, level, unitCode);
}

/** The same people by name, in name order (Thai collation is the database's; names are shown as a list). */
export async function holdersOf(db: Kysely<Database>, position: Position | PositionView, unitCode: string): Promise<PersonRef[]> {
  const ids = await holderIdsOf(db, position, unitCode);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).orderBy('display_name').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}
