// Where the server finds the office's level targets. Until administrators can edit them, the DOMAIN.md §5 defaults.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DEFAULT_LEVEL_TARGETS, type LevelTargets } from '@bmrts/shared';

export async function loadLevelTargets(_db: Kysely<Database>): Promise<LevelTargets> {
  return DEFAULT_LEVEL_TARGETS;
}
