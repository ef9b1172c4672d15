// Timeliness over HTTP: level targets administrators edit, the overdue flag on every list, the predicted decision date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxResponse, OverviewResponse, RequestSummary, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;
let admin: string;

beforeEach(async () => {
  // Monday 2 March 2026, 10:00 in Bangkok; Tuesday 3 March is Makha Bucha. Sessions outlast the clock's jumps.
  t = await makeTestApp(undefined, { sessionIdleMinutes: 365 * 24 * 60 });
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

const asAdmin = (method: string, path: string, body?: unknown, lang?: 'th' | 'en') =>
  call(t, method, path, { cookie: admin, body, ...(lang ? { lang } : {}) });
const as = async <T>(user: OfficeUser, path: string) => (await call<T>(t, 'GET', path, { cookie: await actors.cookie(user) })).body;
const DEFAULTS = { 2: 3, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3 };

async function submitted(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

describe('level targets', () => {
  it('shows everyone the DOMAIN.md defaults until an administrator changes them', async () => {
    expect(await as(office.unitK01, '/api/level-targets')).toEqual({ default: { 2: 3, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3 }, byType: {} });
  });

  it('applies new targets, per type where set, to lists at once, and audits the change', async () => {
    const request = await submitted();
    t.clock.set('2026-03-09T03:00:00.000Z'); // Monday: Wed, Thu, Fri, Mon → 4 working days at level 2
    const row = async () => (await as<{ items: RequestSummary[] }>(office.analystA, '/api/inbox')).items.find((r) => r.id === request.id);
    expect(await row()).toMatchObject({ workingDaysAtLevel: 4, targetDays: 3, overdue: true });

    const body = { default: { ...DEFAULTS, 2: 5 }, byType: { transfer: { 2: 1 } } };
    const saved = await asAdmin('PUT', '/api/admin/level-targets', body);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(body);
    expect(await row()).toMatchObject({ workingDaysAtLevel: 4, targetDays: 5, overdue: false });
    expect(await as(office.unitK01, '/api/level-targets')).toEqual(body);

    // A type's own target wins over the office's for that type only.
    await asAdmin('PUT', '/api/admin/level-targets', { default: DEFAULTS, byType: { allotment: { 2: 10 } } });
    expect(await row()).toMatchObject({ targetDays: 10, overdue: false });
    expect((await as<InboxResponse>(office.analystA, '/api/inbox')).overdue).toEqual({ count: 0, exact: true });
    expect((await as<RequestView>(office.unitK01, `/api/requests/${request.id}`)).levelTimes.find((l) => l.level === 2)).toMatchObject({
      targetDays: 10,
    });
    await asAdmin('PUT', '/api/admin/level-targets', { default: { ...DEFAULTS, 2: 10 }, byType: { allotment: { 2: 2 } } });
    expect(await row()).toMatchObject({ targetDays: 2, overdue: true });
    expect((await as<InboxResponse>(office.analystA, '/api/inbox')).overdue).toEqual({ count: 1, exact: true });

    const audit = await asAdmin('GET', '/api/admin/audit?entityType=level_targets');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'level_targets.replace',
      'level_targets.replace',
      'level_targets.replace',
    ]);
    expect(
      audit.body.items.find((e: { after: { default: Record<string, number> } }) => e.after.default['2'] === 5)?.before.default['2'],
    ).toBe(3);
  });

  it('refuses a target that is not a whole number of days from 1 to 60, in Thai, and keeps the old ones', async () => {
    for (const days of [0, 61, 2.5]) {
      const res = await asAdmin('PUT', '/api/admin/level-targets', { default: { ...DEFAULTS, 4: days }, byType: {} });
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toContainEqual({ path: ['default', '4'], message: 'เป้าหมายต้องเป็นจำนวนวันทำการเต็มวัน ตั้งแต่ 1 ถึง 60 วัน' });
    }
    const missingLevel = await asAdmin('PUT', '/api/admin/level-targets', { default: { 2: 3 }, byType: {} });
    expect(missingLevel.status).toBe(400);
    const unknownType = await asAdmin('PUT', '/api/admin/level-targets', { default: DEFAULTS, byType: { loan: { 2: 3 } } });
    expect(unknownType.status).toBe(400);
    expect((await asAdmin('GET', '/api/admin/level-targets')).body).toEqual({ default: DEFAULTS, byType: {} });
    expect((await asAdmin('GET', '/api/admin/audit?entityType=level_targets')).body.items).toHaveLength(0);
  });
});

describe('overdue flag on every list', () => {
  it('flags a request past its level’s target in the inbox, the request list, the unit’s list and the overview', async () => {
    const late = await submitted();
    t.clock.set('2026-03-05T03:00:00.000Z'); // Thursday
    const fresh = await submitted();
    t.clock.set('2026-03-09T03:00:00.000Z'); // Monday: the first has waited 4 working days (target 3), the second 2
    const flags = (items: RequestSummary[]) =>
      Object.fromEntries(
        items.filter((r) => r.id === late.id || r.id === fresh.id).map((r) => [r.id, [r.workingDaysAtLevel, r.targetDays, r.overdue]]),
      );
    const expected = { [late.id]: [4, 3, true], [fresh.id]: [2, 3, false] };

    const inbox = await as<InboxResponse>(office.analystA, '/api/inbox');
    expect(flags(inbox.items)).toEqual(expected);
    expect([inbox.waiting, inbox.overdue]).toEqual([
      { count: 2, exact: true },
      { count: 1, exact: true },
    ]);
    expect(flags((await as<{ items: RequestSummary[] }>(office.analystA, '/api/requests')).items)).toEqual(expected);
    expect(flags((await as<{ items: RequestSummary[] }>(office.unitK01, '/api/requests')).items)).toEqual(expected);
    const overview = await as<OverviewResponse>(k01ReviewerAt(office, 4), '/api/overview');
    expect(overview.levels.find((l) => l.level === 2)).toMatchObject({ waiting: 2, overdue: 1 });
    expect((await as<{ items: RequestSummary[] }>(office.analystA, '/api/requests?overdue=true')).items.map((r) => r.id)).toEqual([
      late.id,
    ]);
  });

  it('does not flag a request returned to its unit: the Office’s clock has stopped', async () => {
    let request = await submitted();
    request = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    t.clock.set('2026-03-20T03:00:00.000Z');
    const row = (await as<{ items: RequestSummary[] }>(office.unitK01, '/api/requests')).items.find((r) => r.id === request.id);
    expect(row).toMatchObject({ status: 'returned', targetDays: null, overdue: false });
  });
});

describe('public holidays: generated fixed days and edits', () => {
  it('previews a year’s fixed holidays with their days in lieu, then adds them', async () => {
    const preview = await asAdmin('GET', '/api/admin/holidays/generated?year=2030');
    expect(preview.status).toBe(200);
    expect(preview.body.items.filter((h: { kind: string }) => h.kind === 'fixed')).toHaveLength(14);
    // Songkran 2030 falls on Saturday to Monday: one day in lieu, Tuesday 16 April.
    expect(preview.body.items).toContainEqual({
      date: '2030-04-16',
      nameTh: 'ชดเชยวันสงกรานต์',
      nameEn: 'Songkran Festival (in lieu)',
      kind: 'substitution',
      substitutes: '2030-04-13',
      exists: false,
    });
    expect((await asAdmin('GET', '/api/admin/holidays?year=2030')).body.items).toEqual([]);

    const added = await asAdmin('POST', '/api/admin/holidays/generated', { year: 2030 });
    expect(added.status).toBe(200);
    expect(added.body.added).toHaveLength(preview.body.items.length);
    const listed = (await asAdmin('GET', '/api/admin/holidays?year=2030')).body.items;
    expect(listed).toContainEqual({
      date: '2030-04-16',
      nameTh: 'ชดเชยวันสงกรานต์',
      nameEn: 'Songkran Festival (in lieu)',
      kind: 'substitution',
      substitutes: '2030-04-13',
    });
    // Again: nothing left to add.
    expect((await asAdmin('POST', '/api/admin/holidays/generated', { year: 2030 })).body.added).toEqual([]);
    const audit = await asAdmin('GET', '/api/admin/audit?entityType=public_holiday&entityId=2030');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['holiday.generate']);
  });

  it('leaves days already recorded as they are and adds only the missing ones', async () => {
    // The seeded 2026 list has every fixed day; an administrator renamed New Year's Day and removed Constitution Day.
    expect(
      (await asAdmin('PATCH', '/api/admin/holidays/2026-01-01', { nameTh: 'วันขึ้นปีใหม่ 2569', nameEn: 'New Year 2026', kind: 'fixed' }))
        .status,
    ).toBe(200);
    expect((await asAdmin('DELETE', '/api/admin/holidays/2026-12-10')).status).toBe(204);
    const preview = (await asAdmin('GET', '/api/admin/holidays/generated?year=2026')).body.items;
    expect(preview.filter((h: { exists: boolean }) => !h.exists).map((h: { date: string }) => h.date)).toEqual(['2026-12-10']);

    const added = await asAdmin('POST', '/api/admin/holidays/generated', { year: 2026 });
    expect(added.body.added.map((h: { date: string }) => h.date)).toEqual(['2026-12-10']);
    const listed = (await asAdmin('GET', '/api/admin/holidays?year=2026')).body.items;
    expect(listed.find((h: { date: string }) => h.date === '2026-01-01')).toMatchObject({ nameEn: 'New Year 2026' });
    // The lunar days entered by hand are still there.
    expect(listed.find((h: { date: string }) => h.date === '2026-03-03')).toMatchObject({ kind: 'lunar' });
  });

  it('edits a holiday’s names, kind and the day it substitutes, audited; refuses what makes no sense', async () => {
    const res = await asAdmin('PATCH', '/api/admin/holidays/2026-06-01', {
      nameTh: 'ชดเชยวันวิสาขบูชา',
      nameEn: 'Visakha Bucha (substitution)',
      kind: 'substitution',
      substitutes: '2026-05-31',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      date: '2026-06-01',
      nameTh: 'ชดเชยวันวิสาขบูชา',
      nameEn: 'Visakha Bucha (substitution)',
      kind: 'substitution',
      substitutes: '2026-05-31',
    });
    const audit = await asAdmin('GET', '/api/admin/audit?entityType=public_holiday&entityId=2026-06-01');
    expect(audit.body.items[0]).toMatchObject({ action: 'holiday.update', after: { nameEn: 'Visakha Bucha (substitution)' } });

    const wrong = await asAdmin('PATCH', '/api/admin/holidays/2026-03-03', {
      nameTh: 'วันมาฆบูชา',
      nameEn: 'Makha Bucha',
      kind: 'lunar',
      substitutes: '2026-03-01',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues).toContainEqual({ path: ['substitutes'], message: 'ระบุวันหยุดที่ชดเชยได้เฉพาะวันหยุดชดเชยเท่านั้น' });
    expect((await asAdmin('PATCH', '/api/admin/holidays/2026-03-10', { nameTh: 'x', nameEn: 'x', kind: 'special' })).status).toBe(404);
    expect((await asAdmin('GET', '/api/admin/holidays/generated?year=99')).status).toBe(400);
  });
});

describe('predicted decision date', () => {
  it('lays the targets on the calendar when there is no history, skipping Makha Bucha', async () => {
    const request = await submitted(); // Monday 2 March, level 2, decided at level 4: 3 + 1 + 1 working days
    const view = await as<RequestView>(office.unitK01, `/api/requests/${request.id}`);
    // Wed 4, Thu 5, Fri 6, Mon 9, Tue 10 March (Tuesday 3 March is Makha Bucha).
    expect(view.prediction).toEqual({ expectedDate: '2026-03-10', likelyByDate: '2026-03-10', basis: 'targets' });
  });

  it('uses how long levels took on past requests of the same type once there are five', async () => {
    const past = [];
    for (let i = 0; i < 5; i++) past.push(await submitted());
    t.clock.set('2026-03-04T03:00:00.000Z'); // Wednesday: one working day at level 2 each
    const atThree = [];
    for (const r of past) atThree.push(await send(t, actors, office.analystA, r, 'APPROVE'));
    t.clock.set('2026-03-05T03:00:00.000Z'); // Thursday: one working day at level 3 each
    for (const r of atThree) await send(t, actors, k01ReviewerAt(office, 3), r, 'APPROVE');

    const request = await submitted();
    const view = await as<RequestView>(office.unitK01, `/api/requests/${request.id}`);
    // Submitted Thursday 5 March. Level 2: 1 day, level 3: 1 day (history); level 4: its target, 1 → Fri 6, Mon 9, Tue 10 March.
    expect(view.prediction).toEqual({ expectedDate: '2026-03-10', likelyByDate: '2026-03-10', basis: 'mixed' });
    // (With the targets alone it would be 3 + 1 + 1 = 5 working days: Thursday 12 March.)
  });

  it('shows no prediction once the request is decided or while it is with the unit', async () => {
    const request = await submitted();
    const returned = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    expect(returned.prediction).toBeNull();
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(draft.prediction).toBeNull();
  });
});
