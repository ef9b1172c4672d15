// The demo's satisfaction survey: a first start shows the 2565 report's result (29 of 30 "พึงพอใจในระดับดีมาก",
// 96.7 %, passing 90 %) as a closed round, and a round open now that every demo user is invited to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, hashPassword, seedDemoData } from '@bmrts/db';
import { CHEAP_SCRYPT, makeTestApp, type TestApp } from '../support/test-app';
import { call, signIn } from '../support/http-client';

const NOW = '2026-12-07T03:00:00.000Z';
let t: TestApp;
let admin: string;

interface RoundRow {
  id: string;
  title: string;
  fiscalYear: number;
  phase: string;
  anonymous: boolean;
  responseCount: number;
}

beforeAll(async () => {
  t = await makeTestApp(NOW);
  await seedDemoData(t.handle.db, { now: new Date(NOW), passwordHash: await hashPassword(DEMO_PASSWORD, CHEAP_SCRYPT) });
  admin = await signIn(t, 'admin', DEMO_PASSWORD);
});
afterAll(() => t.close());

const rounds = async (): Promise<RoundRow[]> => (await call(t, 'GET', '/api/admin/surveys', { cookie: admin })).body.items;

describe('the demo survey', () => {
  it('holds a closed, anonymous round of fiscal year 2565 whose KPI is 96.7 % of 30, passing the 90 % target', async () => {
    const closed = (await rounds()).filter((r) => r.phase === 'closed');
    expect(closed).toHaveLength(1);
    const round = closed[0] as RoundRow;
    expect(round).toMatchObject({ fiscalYear: 2565, anonymous: true, responseCount: 30 });
    const results = (await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin })).body;
    expect(results.kpi).toMatchObject({
      respondents: 30,
      atLevel5: 29,
      percent: 96.7,
      interval: { lower: 83.3, upper: 99.4 },
      targetPercent: 90,
      minimumRespondents: 30,
      verdict: 'passed',
      passed: true,
    });
    expect(results.textQuestions[0].answers).toEqual([]);
    const summary = (await call(t, 'GET', `/api/admin/surveys/${round.id}/summary`, { cookie: admin })).body;
    expect(summary.kpi.statement).toBe('ร้อยละ 96.7 ของผู้ใช้บริการผ่านระบบ BMRTS มีความพึงพอใจในระดับดีมาก (29 จาก 30 คน; เป้าหมายร้อยละ 90)');
    expect(summary.kpi.verdictText).toBe('ผ่านเป้าหมาย');
  });

  it('holds a round open now, anonymous, that invites every demo user and waits for their answers', async () => {
    const open = (await rounds()).filter((r) => r.phase === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ fiscalYear: 2570, anonymous: true, responseCount: 0 });
    const results = (await call(t, 'GET', `/api/admin/surveys/${open[0]?.id}/results`, { cookie: admin })).body;
    const people = await t.handle.db.selectFrom('users').select('id').where('is_admin', '=', 0).where('active', '=', 1).execute();
    expect(results.responseRate.invited).toBe(people.length);
    for (const username of ['unit1', 'analyst1', 'head1']) {
      const pending = await call(t, 'GET', '/api/surveys/pending', { cookie: await signIn(t, username, DEMO_PASSWORD) });
      expect(pending.body.items.map((r: { id: string }) => r.id)).toEqual([open[0]?.id]);
      expect(pending.body.promptNow).toBe(true);
    }
  });
});
