// Administrators maintain the reference data: budget units, the routing table (for later submissions only) and public holidays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_RULES, type RoutingRule } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

const asAdmin = (method: string, path: string, body?: unknown, lang?: 'th' | 'en') =>
  call(t, method, path, { cookie: admin, body, ...(lang ? { lang } : {}) });

describe('budget units', () => {
  const newUnit = { code: 'D70', kind: 'department', nameTh: 'สำนักทดลอง', nameEn: 'Trial Department' };

  it('adds a unit that staff can then be given and that the unit list shows', async () => {
    const res = await asAdmin('POST', '/api/admin/units', newUnit);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ ...newUnit, groupTh: null, groupEn: null, active: true });
    const units = await call(t, 'GET', '/api/units', { cookie: admin });
    expect(units.body.items.map((u: { code: string }) => u.code)).toContain('D70');
  });

  it('refuses a code that exists (409) and a malformed code (400)', async () => {
    const taken = await asAdmin('POST', '/api/admin/units', { ...newUnit, code: 'K01' }, 'en');
    expect(taken.status).toBe(409);
    expect(taken.body.error).toEqual({ code: 'already_exists', message: 'This already exists' });
    expect((await asAdmin('POST', '/api/admin/units', { ...newUnit, code: 'd70' })).status).toBe(400);
    expect((await asAdmin('POST', '/api/admin/units', { ...newUnit, kind: 'ministry' })).status).toBe(400);
  });

  it('renames and deactivates a unit: the admin list keeps it, the everyday list drops it', async () => {
    const res = await asAdmin('PATCH', '/api/admin/units/K02', { nameEn: 'Dusit District Office', active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'K02', nameEn: 'Dusit District Office', active: false });
    const all = await asAdmin('GET', '/api/admin/units');
    expect(all.body.items.find((u: { code: string }) => u.code === 'K02')).toMatchObject({ active: false });
    const everyday = await call(t, 'GET', '/api/units', { cookie: admin });
    expect(everyday.body.items.map((u: { code: string }) => u.code)).not.toContain('K02');
    expect((await asAdmin('PATCH', '/api/admin/units/Z99', { active: false })).status).toBe(404);
  });
});

describe('routing rules', () => {
  /** The default table with rule A2's ceiling for operating allotments lowered from 10 M to 1 M baht. */
  function withLowerA2Ceiling(): RoutingRule[] {
    return DEFAULT_ROUTING_RULES.map((rule) =>
      rule.id !== 'A2' ? rule : { ...rule, when: rule.when.map((c) => (c.kind === 'atMost' ? { ...c, satang: 100_000_000 } : c)) },
    );
  }

  it('applies a changed threshold only to requests submitted afterwards', async () => {
    const before = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    expect(before).toMatchObject({ ruleId: 'A2', finalLevel: 4 });

    const replaced = await asAdmin('PUT', '/api/admin/routing-rules', { rules: withLowerA2Ceiling() });
    expect(replaced.status).toBe(200);
    expect(replaced.body.items.map((r: RoutingRule) => r.id)).toEqual(DEFAULT_ROUTING_RULES.map((r) => r.id));

    const after = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    expect(after).toMatchObject({ ruleId: 'A3', finalLevel: 6 });
    // The earlier request still stops at level 4, as routed when it was submitted.
    const reread = await call(t, 'GET', `/api/requests/${before.id}`, { cookie: await actors.cookie(office.unitK01) });
    expect(reread.body).toMatchObject({ ruleId: 'A2', finalLevel: 4 });
    expect(await approveToTop(t, actors, office, reread.body)).toMatchObject({ status: 'approved', level: 4 });
  });

  it('keeps the order given', async () => {
    const reversed = [...DEFAULT_ROUTING_RULES].reverse();
    await asAdmin('PUT', '/api/admin/routing-rules', { rules: reversed });
    const res = await asAdmin('GET', '/api/admin/routing-rules');
    expect(res.body.items.map((r: RoutingRule) => r.id)).toEqual(reversed.map((r) => r.id));
  });

  it('refuses duplicate ids, an empty table, more than 100 rules and malformed rules (400), changing nothing', async () => {
    const a2 = DEFAULT_ROUTING_RULES[2];
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ ...DEFAULT_ROUTING_RULES[0], id: `R${i}` }));
    for (const rules of [[...DEFAULT_ROUTING_RULES, a2], [], tooMany, [{ ...a2, finalLevel: 9 }]]) {
      const res = await asAdmin('PUT', '/api/admin/routing-rules', { rules }, 'en');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await asAdmin('GET', '/api/admin/routing-rules')).body.items).toEqual(DEFAULT_ROUTING_RULES);
    expect(await t.handle.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });
});

describe('public holidays', () => {
  it('lists the holidays of a year', async () => {
    const res = await asAdmin('GET', '/api/admin/holidays?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(10);
    expect(res.body.items.every((h: { date: string }) => h.date.startsWith('2026-'))).toBe(true);
    expect(res.body.items).toContainEqual({
      date: '2026-03-03',
      nameTh: 'วันมาฆบูชา',
      nameEn: 'Makha Bucha',
      kind: 'lunar',
      substitutes: null,
    });
  });

  it('counts an added or removed holiday in waiting times at once', async () => {
    await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    t.clock.set('2026-03-05T03:00:00.000Z'); // Thursday; Tuesday was Makha Bucha
    const cookie = await signIn(t, office.analystA);
    admin = await signIn(t, office.admin);
    const waited = async () => (await call(t, 'GET', '/api/requests', { cookie })).body.items[0].workingDaysAtLevel;
    expect(await waited()).toBe(2);

    const added = await asAdmin('POST', '/api/admin/holidays', {
      date: '2026-03-04',
      nameTh: 'วันหยุดพิเศษ',
      nameEn: 'Special holiday',
      kind: 'special',
    });
    expect(added.status).toBe(201);
    expect(await waited()).toBe(1);
    expect((await asAdmin('DELETE', '/api/admin/holidays/2026-03-03')).status).toBe(204);
    expect(await waited()).toBe(2);
  });

  it('refuses a date already listed (409), a date that does not exist (400), and an unknown date to remove (404)', async () => {
    const body = { date: '2026-03-03', nameTh: 'ซ้ำ', nameEn: 'Again', kind: 'special' };
    expect((await asAdmin('POST', '/api/admin/holidays', body)).body.error.code).toBe('already_exists');
    expect((await asAdmin('POST', '/api/admin/holidays', { ...body, date: '2026-02-30' })).status).toBe(400);
    expect((await asAdmin('POST', '/api/admin/holidays', { ...body, date: '2026-03-10', kind: 'royal' })).status).toBe(400);
    expect((await asAdmin('DELETE', '/api/admin/holidays/2026-03-10')).status).toBe(404);
  });
});
