// Reference data read on hot paths (the routing table, public holidays), loaded from the database.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DEFAULT_ROUTING_RULES, routingRuleSchema, type RoutingRule } from '@bmrts/shared';

/** The live routing table, in order. Read at submit time so an administrator's change applies to the next submission. */
export async function loadRoutingRules(db: Kysely<Database>): Promise<RoutingRule[]> {
  const rows = await db.selectFrom('routing_rules').select('definition').orderBy('position').execute();
  if (rows.length === 0) return DEFAULT_ROUTING_RULES;
  return rows.map((r) => routingRuleSchema.parse(JSON.parse(r.definition)));
}

const HOLIDAY_CACHE_MS = 5 * 60_000;

/**
 * Public holidays, cached for a few minutes: they change a few times a year and are read by every list.
 * `invalidate()` drops the cache, so an administrator's change applies at once in the app that made it.
 */
export function holidayCalendar(db: Kysely<Database>, now: () => Date) {
  let cached: { at: number; days: Set<string> } | null = null;
  async function holidays(): Promise<ReadonlySet<string>> {
    const t = now().getTime();
    if (!cached || t - cached.at > HOLIDAY_CACHE_MS) {
      const rows = await db.selectFrom('public_holidays').select('date').execute();
      cached = { at: t, days: new Set(rows.map((r) => r.date)) };
    }
    return cached.days;
  }
  return Object.assign(holidays, { invalidate: () => void (cached = null) });
}
export type HolidayCalendar = ReturnType<typeof holidayCalendar>;
