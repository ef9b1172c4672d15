// Seeds the reference data every installation needs: budget units, public holidays and the default routing table.
// Each table is filled only while empty, so this runs safely on every start and never undoes an administrator's edit.
import type { Kysely } from 'kysely';
import { DEFAULT_ROUTING_RULES } from '@bmrts/shared';
import type { Database } from '../schema';
import { ADVISORY_LOCKS, lockForTransaction } from '../postgres';
import { insertInBatches } from './batch-insert';
import { readBudgetUnits, readPublicHolidays } from './reference-files';
import { substitutedHoliday } from './substituted-holiday';

export interface ReferenceSeedResult {
  budgetUnits: number;
  publicHolidays: number;
  routingRules: number;
}

export async function seedReferenceData(db: Kysely<Database>, nowIso: string): Promise<ReferenceSeedResult> {
  return db.transaction().execute(async (trx) => {
    // Several servers starting at once on one PostgreSQL: one fills the tables, the others wait and find them full.
    await lockForTransaction(trx, ADVISORY_LOCKS.seed);
    const result: ReferenceSeedResult = { budgetUnits: 0, publicHolidays: 0, routingRules: 0 };

    if (!(await trx.selectFrom('budget_units').select('code').limit(1).executeTakeFirst())) {
      const units = readBudgetUnits().map((u) => ({
        code: u.code,
        kind: u.kind,
        name_th: u.nameTh,
        name_en: u.nameEn,
        group_th: u.groupTh,
        group_en: u.groupEn,
        active: 1,
      }));
      result.budgetUnits = await insertInBatches(trx, 'budget_units', units);
    }

    if (!(await trx.selectFrom('public_holidays').select('date').limit(1).executeTakeFirst())) {
      const records = readPublicHolidays();
      const byDate = new Map(records.map((h) => [h.date, h]));
      const holidays = records.map((h) => ({
        date: h.date,
        name_th: h.nameTh,
        name_en: h.nameEn,
        kind: h.kind,
        substitutes: h.kind === 'substitution' ? substitutedHoliday(h.date, byDate) : null,
      }));
      result.publicHolidays = await insertInBatches(trx, 'public_holidays', holidays);
    }

    if (!(await trx.selectFrom('routing_rules').select('id').limit(1).executeTakeFirst())) {
      const rules = DEFAULT_ROUTING_RULES.map((rule, position) => ({
        id: rule.id,
        position,
        definition: JSON.stringify(rule),
        updated_at: nowIso,
      }));
      result.routingRules = await insertInBatches(trx, 'routing_rules', rules);
    }
    return result;
  });
}
