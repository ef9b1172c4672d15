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

/** The dates (YYYY-MM-DD) of the public holidays, read now; lists read them through the app's cache (AppCaches). */
export async function readHolidays(db: Kysely<Database>): Promise<ReadonlySet<string>> {
  const rows = await db.selectFrom('public_holidays').select('date').execute();
  return new Set(rows.map((r) => r.date));
}
