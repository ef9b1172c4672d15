// A query compiled once answers with each call's own values, on the database, in a transaction and in a savepoint,
// and a query that would bake a value into its SQL is refused rather than run with the first caller's value.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { precompiled } from '../../db/src/precompiled';
import { migratedDatabase } from './temp-database';

const holidayNamed = precompiled((db, p: { date: string }) =>
  db.selectFrom('public_holidays').select(['date', 'name_th']).where('date', '=', p.date),
);
const renameHoliday = precompiled((db, p: { date: string; name: string }) =>
  db.updateTable('public_holidays').set({ name_th: p.name }).where('date', '=', p.date),
);

describe('precompiled queries', () => {
  it('use the values of each call wherever they run, and count the rows they change', async () => {
    const temp = await migratedDatabase();
    try {
      const { db } = temp;
      const holiday = (date: string, name: string) => ({ date, name_th: name, name_en: name, kind: 'special' });
      await db
        .insertInto('public_holidays')
        .values([holiday('2027-01-01', 'ปีใหม่'), holiday('2027-04-13', 'สงกรานต์')])
        .execute();

      expect(await holidayNamed.executeTakeFirst(db, { date: '2027-01-01' })).toEqual({ date: '2027-01-01', name_th: 'ปีใหม่' });
      expect(await holidayNamed.executeTakeFirst(db, { date: '2027-04-13' })).toEqual({ date: '2027-04-13', name_th: 'สงกรานต์' });
      expect(await holidayNamed.execute(db, { date: '2027-12-31' })).toEqual([]);

      const trx = await db.startTransaction().execute();
      expect((await renameHoliday.run(trx, { date: '2027-04-13', name: 'วันสงกรานต์' })).numAffectedRows).toBe(1n);
      const inner = await trx.savepoint('inner').execute();
      await renameHoliday.run(inner, { date: '2027-01-01', name: 'ทิ้ง' });
      expect((await holidayNamed.executeTakeFirst(inner, { date: '2027-01-01' }))?.name_th).toBe('ทิ้ง');
      await inner.rollbackToSavepoint('inner').execute();
      await trx.commit().execute();
      expect((await holidayNamed.executeTakeFirst(db, { date: '2027-01-01' }))?.name_th).toBe('ปีใหม่');
      expect((await holidayNamed.executeTakeFirst(db, { date: '2027-04-13' }))?.name_th).toBe('วันสงกรานต์');
      expect((await renameHoliday.run(db, { date: '2027-12-31', name: 'ไม่มี' })).numAffectedRows).toBe(0n);
    } finally {
      await temp.close();
    }
  });

  it('refuses a query that formats a value into its SQL', async () => {
    const temp = await migratedDatabase();
    try {
      const baked = precompiled((db, p: { date: string }) =>
        db
          .selectFrom('public_holidays')
          .select('date')
          .where(sql.raw<boolean>(`date = '${p.date}'`)),
      );
      await expect(baked.execute(temp.db, { date: '2027-01-01' })).rejects.toThrow(/formatted into the SQL/);
    } finally {
      await temp.close();
    }
  });
});
