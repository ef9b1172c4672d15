// The reference data every list and request page reads, kept per app: createApp makes one set and hands it to the
// routes. What each holds and for how long is below; an administrator's change through this app drops it at once.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { LevelTargets, RequestType } from '@bmrts/shared';
import type { Clock } from '../deps';
import { readHolidays } from '../reference/reference-data';
import { readLevelSamples, type LevelSamples } from '../timeliness/level-samples';
import { readLevelTargets } from '../timeliness/targets';
import type { OverviewHistory } from '../overview/history';
import { cachedValue, ttlCache, type CachedValue, type TtlCache } from './ttl-cache';

/** Public holidays change a few times a year. */
const HOLIDAYS_TTL_MS = 5 * 60_000;
/** Several servers may share one PostgreSQL: another server's edit of the targets reaches this one within a minute. */
const LEVEL_TARGETS_TTL_MS = 60_000;
/** Past level times move slowly; a request page must not scan the history on every view. */
const LEVEL_SAMPLES_TTL_MS = 5 * 60_000;
/** The dashboard's decisions of the year and the month's-end snapshot scan the events; the web refreshes every 5 minutes. */
const OVERVIEW_HISTORY_TTL_MS = 5 * 60_000;

/** The dates (YYYY-MM-DD) of the public holidays. */
export type HolidayCalendar = CachedValue<ReadonlySet<string>>;

export interface AppCaches {
  holidays: HolidayCalendar;
  /** The level targets in force (the table over the DOMAIN.md defaults). */
  levelTargets: CachedValue<LevelTargets>;
  /** How long each level took on recent requests of a type; the holidays are those of the read that filled it. */
  levelSamples(type: RequestType, holidays: ReadonlySet<string>): Promise<LevelSamples>;
  /** The dashboard's reads of the past, per scope, fiscal year and month (overview/history.ts historyKey). */
  overviewHistory: TtlCache<string, OverviewHistory>;
}

export function appCaches(db: Kysely<Database>, clock: Clock): AppCaches {
  const samples = ttlCache<RequestType, LevelSamples>(clock, LEVEL_SAMPLES_TTL_MS);
  return {
    holidays: cachedValue(clock, HOLIDAYS_TTL_MS, () => readHolidays(db)),
    levelTargets: cachedValue(clock, LEVEL_TARGETS_TTL_MS, () => readLevelTargets(db)),
    levelSamples: (type, holidays) => samples.get(type, () => readLevelSamples(db, type, holidays)),
    overviewHistory: ttlCache<string, OverviewHistory>(clock, OVERVIEW_HISTORY_TTL_MS),
  };
}
