// Replacing the routing table: the whole ordered table at once, in one transaction, with before and after in the audit log.
import { type RoutingRule } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { loadRoutingRules } from '../reference/reference-data';
import { recordChange } from './audit';

/**
 * Requests already submitted keep the rule id and final level stored on them; the submit path reads this table
 * at the moment of submission, so the new table applies from the next submission (or resubmission) on.
 */
export async function replaceRoutingRules(deps: AppDeps, admin: Caller, rules: RoutingRule[]): Promise<RoutingRule[]> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const before = await loadRoutingRules(trx);
    await trx.deleteFrom('routing_rules').execute();
    await trx
      .insertInto('routing_rules')
      .values(rules.map((rule, position) => ({ id: rule.id, position, definition: JSON.stringify(rule), updated_at: now })))
      .execute();
    await recordChange(deps, trx, admin, {
      action: 'routing_rules.replace',
      entityType: 'routing_rules',
      entityId: 'table',
      before: { rules: before },
      after: { rules },
    });
  });
  return loadRoutingRules(deps.db);
}
