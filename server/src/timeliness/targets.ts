// Where the server finds the office's level targets: the level_targets table over the DOMAIN.md §5 defaults.
// Lists read them through the app's cache (AppCaches.levelTargets), which a save through the app drops.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DEFAULT_LEVEL_TARGETS, REQUEST_TYPES, type LevelTargets, type RequestType } from '@bmrts/shared';

/** The row of the office's own table; other rows name a request type. */
export const OFFICE_DEFAULT = 'default';

const isRequestType = (value: string): value is RequestType => (REQUEST_TYPES as readonly string[]).includes(value);

/** The targets as stored, read now (inside a transaction, pass the transaction). */
export async function readLevelTargets(db: Kysely<Database>): Promise<LevelTargets> {
  const rows = await db.selectFrom('level_targets').select(['applies_to', 'level', 'days']).execute();
  const office: Record<number, number> = { ...DEFAULT_LEVEL_TARGETS.default };
  const byType: Partial<Record<RequestType, Record<number, number>>> = {};
  for (const row of rows) {
    if (row.applies_to === OFFICE_DEFAULT) office[row.level] = row.days;
    else if (isRequestType(row.applies_to)) (byType[row.applies_to] ??= {})[row.level] = row.days;
  }
  return { default: office, byType };
}
