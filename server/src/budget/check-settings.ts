// How the Office checks the money (issue 16): read by every decision, replaced as a whole by an administrator, audited.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DEFAULT_BUDGET_CHECK, budgetCheckSettingsSchema, type BudgetCheckSettings } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { recordChange } from '../admin/audit';

const ROW_ID = 'office';

export async function loadBudgetCheck(db: Kysely<Database>): Promise<BudgetCheckSettings> {
  const row = await db.selectFrom('budget_check_settings').selectAll().where('id', '=', ROW_ID).executeTakeFirst();
  if (!row) return DEFAULT_BUDGET_CHECK;
  const parsed = budgetCheckSettingsSchema.safeParse({
    enforceAtLevels: JSON.parse(row.enforce_levels),
    reserveOnSubmit: row.reserve_on_submit === 1,
  });
  // A row no longer readable (edited by hand) checks as the defaults do: the final approval still refuses a short line.
  return parsed.success ? parsed.data : DEFAULT_BUDGET_CHECK;
}

export async function replaceBudgetCheck(deps: AppDeps, admin: Caller, settings: BudgetCheckSettings): Promise<BudgetCheckSettings> {
  const next = { ...settings, enforceAtLevels: [...settings.enforceAtLevels].sort((a, b) => a - b) };
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const before = await loadBudgetCheck(trx);
    const values = {
      enforce_levels: JSON.stringify(next.enforceAtLevels),
      reserve_on_submit: next.reserveOnSubmit ? 1 : 0,
      updated_at: now,
    };
    await trx
      .insertInto('budget_check_settings')
      .values({ id: ROW_ID, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    await recordChange(deps, trx, admin, {
      action: 'budget_check.replace',
      entityType: 'budget_check',
      entityId: ROW_ID,
      before,
      after: next,
    });
  });
  return next;
}
