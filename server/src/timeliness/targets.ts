// Where the server finds the office's level targets: the level_targets table over the DOMAIN.md §5 defaults,
// cached for a minute per database (every list reads them) and dropped at once when an administrator saves new ones.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DEFAULT_LEVEL_TARGETS, REQUEST_TYPES, type LevelTargets, type RequestType } from '@bmrts/shared';

/** The row of the office's own table; other rows name a request type. */
export const OFFICE_DEFAULT = 'default';
const TARGETS_CACHE_MS = 60_000;

const cache = new WeakMap<Kysely<Database>, { at: number; targets: Promise<LevelTargets> }>();

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

/**
 * The targets in force. Several servers may share one PostgreSQL: another server's edit reaches this one within
 * the cache's minute; an edit through this server applies from its next call (invalidateLevelTargets).
 */
export function loadLevelTargets(db: Kysely<Database>): Promise<LevelTargets> {
  const now = Date.now();
  const hit = cache.get(db);
  if (hit && now - hit.at < TARGETS_CACHE_MS) return hit.targets;
  const targets = readLevelTargets(db);
  cache.set(db, { at: now, targets });
  // A failed read is not remembered.
  targets.catch(() => cache.delete(db));
  return targets;
}

export function invalidateLevelTargets(db: Kysely<Database>): void {
  cache.delete(db);
}
