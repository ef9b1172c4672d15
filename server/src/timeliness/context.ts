// What every list row and request page needs to measure a wait: the holidays and the level targets in force.
import type { LevelTargets } from '@bmrts/shared';
import type { AppCaches } from '../cache/app-caches';

export interface Timeliness {
  holidays: ReadonlySet<string>;
  targets: LevelTargets;
}

export async function loadTimeliness(caches: AppCaches): Promise<Timeliness> {
  return { holidays: await caches.holidays.get(), targets: await caches.levelTargets.get() };
}
