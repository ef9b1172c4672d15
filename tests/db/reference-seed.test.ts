import { describe, expect, it } from 'vitest';
import { seedReferenceData } from '@bmrts/db';
import { DEFAULT_ROUTING_RULES, routingRuleSchema } from '@bmrts/shared';
import { migratedDatabase } from './temp-database';

const NOW_ISO = '2026-11-24T03:15:00.000Z';
/** Rows in db/src/seed/thai-public-holidays.csv. */
const HOLIDAY_ROWS = 150;

describe('reference data seed', () => {
  it('puts in the 69 budget units, the public holidays and the 15 default routing rules', async () => {
    const temp = await migratedDatabase();
    try {
      expect(await seedReferenceData(temp.db, NOW_ISO)).toEqual({ budgetUnits: 69, publicHolidays: HOLIDAY_ROWS, routingRules: 15 });

      const units = await temp.db.selectFrom('budget_units').selectAll().orderBy('code').execute();
      expect(units).toHaveLength(69);
      expect(units.filter((u) => u.kind === 'district')).toHaveLength(50);
      expect(units.find((u) => u.code === 'K01')).toMatchObject({ name_th: 'สำนักงานเขตพระนคร', group_en: 'Central Bangkok', active: 1 });
      // A quoted English name with a comma survives the CSV parser; departments have no zone.
      expect(units.find((u) => u.code === 'D15')).toMatchObject({
        name_en: 'Culture, Sports and Tourism Department',
        group_th: null,
        group_en: null,
      });

      const holidays = await temp.db.selectFrom('public_holidays').selectAll().execute();
      expect(holidays).toHaveLength(HOLIDAY_ROWS);
      expect(holidays.find((h) => h.date === '2026-12-10')).toMatchObject({
        name_en: 'Constitution Day',
        kind: 'fixed',
        substitutes: null,
      });
      // Each day in lieu knows the weekend holiday it stands for: Songkran 2024 (Saturday to Monday), New Year 2023.
      expect(holidays.find((h) => h.date === '2024-04-16')).toMatchObject({ kind: 'substitution', substitutes: '2024-04-13' });
      expect(holidays.find((h) => h.date === '2023-01-02')).toMatchObject({ kind: 'substitution', substitutes: '2022-12-31' });
      expect(holidays.find((h) => h.date === '2026-12-07')).toMatchObject({ kind: 'substitution', substitutes: '2026-12-05' });

      const rules = await temp.db.selectFrom('routing_rules').selectAll().orderBy('position').execute();
      expect(rules.map((r) => r.id)).toEqual(DEFAULT_ROUTING_RULES.map((r) => r.id));
      expect(rules.map((r) => routingRuleSchema.parse(JSON.parse(r.definition)))).toEqual(DEFAULT_ROUTING_RULES);
      expect(rules.every((r) => r.updated_at === NOW_ISO)).toBe(true);
    } finally {
      await temp.close();
    }
  });

  it('writes nothing on a second start and keeps what an administrator changed', async () => {
    const temp = await migratedDatabase();
    try {
      await seedReferenceData(temp.db, NOW_ISO);
      await temp.db.updateTable('budget_units').set({ name_en: 'Renamed by an administrator' }).where('code', '=', 'D01').execute();
      await temp.db.deleteFrom('routing_rules').where('id', '=', 'A6').execute();

      expect(await seedReferenceData(temp.db, '2026-11-25T03:15:00.000Z')).toEqual({ budgetUnits: 0, publicHolidays: 0, routingRules: 0 });
      expect(await temp.db.selectFrom('budget_units').select('code').execute()).toHaveLength(69);
      expect(await temp.db.selectFrom('public_holidays').select('date').execute()).toHaveLength(HOLIDAY_ROWS);
      expect(await temp.db.selectFrom('routing_rules').select('id').execute()).toHaveLength(14);
      const d01 = await temp.db.selectFrom('budget_units').select('name_en').where('code', '=', 'D01').executeTakeFirstOrThrow();
      expect(d01.name_en).toBe('Renamed by an administrator');
    } finally {
      await temp.close();
    }
  });
});
