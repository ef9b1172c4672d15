// Replacing the level targets as a whole: office default and per-type overrides, in one transaction, audited.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { levelTargetsOf, type LevelTargets, type LevelTargetsBody } from '@bmrts/shared';
import type { AppCaches } from '../cache/app-caches';
import type { AppDeps, Caller } from '../deps';
import { recordChange } from '../admin/audit';
import { OFFICE_DEFAULT, readLevelTargets } from './targets';

export async function replaceLevelTargets(deps: AppDeps, caches: AppCaches, admin: Caller, body: LevelTargetsBody): Promise<LevelTargets> {
  const targets = levelTargetsOf(body);
  const now = deps.clock.now().toISOString();
  const rows = [
    ...Object.entries(targets.default).map(([level, days]) => ({
      applies_to: OFFICE_DEFAULT,
      level: Number(level),
      days,
      updated_at: now,
    })),
    ...Object.entries(targets.byType).flatMap(([type, days]) =>
      Object.entries(days ?? {}).map(([level, d]) => ({ applies_to: type, level: Number(level), days: d, updated_at: now })),
    ),
  ];
  await deps.db.transaction().execute(async (trx: Kysely<Database>) => {
    const before = await readLevelTargets(trx);
    await trx.deleteFrom('level_targets').execute();
    await trx.insertInto('level_targets').values(rows).execute();
    await recordChange(deps, trx, admin, {
      action: 'level_targets.replace',
      entityType: 'level_targets',
      entityId: 'table',
      before,
      after: targets,
    });
  });
  caches.levelTargets.drop();
  return readLevelTargets(deps.db);
}
