import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemoData } from '@bmrts/db';
import { cheapPasswordHash, DEMO_NOW, demoDatabase } from './temp-database';

/** The named demo accounts plus one staff account for each of the other 67 units. */
const DEMO_USER_COUNT = DEMO_ACCOUNTS.length + 67;

describe('demo seed: organisation and accounts', () => {
  it('creates every demo account at its level, placed in the organisation', async () => {
    const temp = await demoDatabase();
    try {
      const users = await temp.db.selectFrom('users').selectAll().execute();
      expect(users).toHaveLength(DEMO_USER_COUNT);
      for (const account of DEMO_ACCOUNTS) {
        expect(users.find((u) => u.username === account.username)).toMatchObject({
          level: account.level,
          display_name: account.displayName,
          active: 1,
        });
      }
      expect(users.find((u) => u.username === 'admin')).toMatchObject({ is_admin: 1, level: null });
      expect(users.filter((u) => u.is_admin === 1)).toHaveLength(1);
      // Each level carries the link its scope is computed from.
      for (const user of users.filter((u) => u.level !== null)) {
        expect([user.unit_code !== null, user.section_id !== null, user.division_id !== null]).toEqual([
          user.level === 1,
          user.level === 2 || user.level === 3,
          user.level === 4,
        ]);
      }
      expect(await temp.db.selectFrom('org_divisions').select('id').execute()).toHaveLength(2);
      expect(await temp.db.selectFrom('org_sections').select('id').execute()).toHaveLength(4);
    } finally {
      await temp.close();
    }
  });

  it('gives every other unit a staff account named by its code, so every request has a real submitter', async () => {
    const temp = await demoDatabase();
    try {
      const units = await temp.db.selectFrom('budget_units').select('code').execute();
      const staff = await temp.db.selectFrom('users').select(['username', 'unit_code']).where('level', '=', 1).execute();
      const staffed = new Set(staff.map((s) => s.unit_code));
      expect(units.every((u) => staffed.has(u.code))).toBe(true);
      expect(staff.find((s) => s.username === 'k02')).toMatchObject({ unit_code: 'K02' });
      expect(staff.find((s) => s.username === 'd19')).toMatchObject({ unit_code: 'D19' });
      expect(staff.find((s) => s.username === 'unit1')).toMatchObject({ unit_code: 'K01' });
    } finally {
      await temp.close();
    }
  });

  it('covers every unit with exactly one analyst, and unit1 sits in analyst1 → head1 → director1', async () => {
    const temp = await demoDatabase();
    try {
      const db = temp.db;
      const portfolios = await db
        .selectFrom('analyst_portfolios')
        .innerJoin('users', 'users.id', 'analyst_portfolios.analyst_id')
        .select(['analyst_portfolios.unit_code', 'users.username', 'users.level', 'users.section_id'])
        .execute();
      const units = await db.selectFrom('budget_units').select('code').execute();
      expect(portfolios).toHaveLength(units.length);
      expect(new Set(portfolios.map((p) => p.unit_code)).size).toBe(units.length);
      expect(portfolios.every((p) => p.level === 2)).toBe(true);

      const byName = new Map((await db.selectFrom('users').selectAll().execute()).map((u) => [u.username, u]));
      const sectionOf = (username: string) => byName.get(username)?.section_id;
      const unit1Analyst = portfolios.find((p) => p.unit_code === byName.get('unit1')?.unit_code);
      expect(unit1Analyst?.username).toBe('analyst1');
      expect(sectionOf('head1')).toBe(sectionOf('analyst1'));
      const section = await db
        .selectFrom('org_sections')
        .select('division_id')
        .where('id', '=', sectionOf('analyst1') ?? '')
        .executeTakeFirstOrThrow();
      expect(byName.get('director1')?.division_id).toBe(section.division_id);
      expect(portfolios.find((p) => p.unit_code === byName.get('unit2')?.unit_code)?.username).toBe('analyst2');
    } finally {
      await temp.close();
    }
  });

  it('writes nothing when the database already has users', async () => {
    const temp = await demoDatabase();
    try {
      const count = async () => ({
        users: (await temp.db.selectFrom('users').select('id').execute()).length,
        requests: (await temp.db.selectFrom('requests').select('id').execute()).length,
        events: (await temp.db.selectFrom('request_events').select('id').execute()).length,
      });
      const before = await count();
      expect(await seedDemoData(temp.db, { now: DEMO_NOW, passwordHash: await cheapPasswordHash() })).toEqual({
        users: 0,
        requests: 0,
        events: 0,
      });
      expect(await count()).toEqual(before);
    } finally {
      await temp.close();
    }
  });
});
