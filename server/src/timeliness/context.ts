// What every list row and request page needs to measure a wait: the holidays and the level targets in force.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { LevelTargets } from '@bmrts/shared';
import type { HolidayCalendar } from '../reference/reference-data';
import { loadLevelTargets } from './targets';

export interface Timeliness {
  holidays: ReadonlySet<string>;
  targets: LevelTargets;
}

export async function loadTimeliness(db: Kysely<Database>, holidays: HolidayCalendar): Promise<Timeliness> {
  return { holidays: await holidays(), targets: await loadLevelTargets(db) };
}
