// Who may be appointed to act, by whom, and on what order (คำสั่ง): refusals say why and store nothing; an appointment
// that breaks the rules (made before them) grants nothing and is flagged to the administrator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, DEFAULT_NOW, type TestApp } from '../support/test-app';
import { addColleagueOfAnalystA, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { appoint, appointmentBody, TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;
let colleague: OfficeUser;

async function start(config: { holdersMayAppoint?: boolean } = {}) {
  t = await makeTestApp(DEFAULT_NOW, config); // Monday 2 March 2026, 10:00 Bangkok
  office = await buildOffice(t.handle.db);
  colleague = await addColleagueOfAnalystA(t.handle.db);
  actors = new Actors(t);
}
afterEach(() => t.close());

const storedAppointments = () => t.handle.db.selectFrom('acting_appointments').select('id').execute();

async function submittedK01(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

describe('who may be appointed to act', () => {
  beforeEach(() => start());

  it('refuses an analyst appointing a budget-unit clerk to act for them, with the reason, storing nothing', async () => {
    const res = await appoint(t, office.analystA, { acting: office.unitD05, forUser: office.analystA });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: 'acting_not_reviewer',
      message: 'ผู้ที่จะรักษาราชการแทนต้องดำรงตำแหน่งผู้พิจารณา (ระดับ 2 ขึ้นไป) เจ้าหน้าที่หน่วยรับงบประมาณและผู้ดูแลระบบรักษาราชการแทนในระดับการพิจารณาไม่ได้',
    });
    const en = await appoint(t, office.analystA, { acting: office.unitD05, forUser: office.analystA }, 'en');
    expect(en.body.error.message).toMatch(/review position/);
    expect(await storedAppointments()).toEqual([]);
  });

  it('refuses an analyst appointing the deputy governor to act for them at level 2', async () => {
    const res = await appoint(t, office.analystA, { acting: office.level8, forUser: office.analystA });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('acting_level_out_of_reach');
    expect(await storedAppointments()).toEqual([]);
  });

  it('refuses an analyst of another section, and an appointer who is not above the holder in the same line', async () => {
    const otherSection = await appoint(t, office.admin, { acting: office.analystB, forUser: office.analystA });
    expect([otherSection.status, otherSection.body.error.code]).toEqual([422, 'acting_outside_line']);
    const otherHead = await appoint(t, office.headSection2, { acting: colleague, forUser: office.analystA });
    expect([otherHead.status, otherHead.body.error.code]).toEqual([403, 'appointer_not_above']);
    const sameRank = await appoint(t, office.analystB, { acting: colleague, forUser: office.analystA });
    expect([sameRank.status, sameRank.body.error.code]).toEqual([403, 'appointer_not_above']);
    expect(await storedAppointments()).toEqual([]);

    const ownHead = await appoint(t, office.headSection1, { acting: colleague, forUser: office.analystA });
    expect(ownHead.status, JSON.stringify(ownHead.body)).toBe(201);
  });

  it('lets an administrator appoint an analyst of the same section, and the decision cites the order in the history', async () => {
    const request = await submittedK01();
    const made = await appoint(t, office.admin, { acting: colleague, forUser: office.analystA });
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    const approved = await send(t, actors, colleague, request, 'APPROVE', 'เห็นควรอนุมัติ');
    expect(approved.history.at(-1)).toMatchObject({
      type: 'APPROVE',
      actor: { id: colleague.id },
      onBehalfOf: { id: office.analystA.id },
      appointment: { kind: 'acting', orderNo: TEST_ORDER.orderNo, orderDate: TEST_ORDER.orderDate },
    });
    expect(approved.history[0]).toMatchObject({ type: 'SUBMIT', appointment: null });

    const listed = await call(t, 'GET', '/api/appointments', { cookie: await signIn(t, office.admin) });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: made.body.id, kind: 'acting', ...TEST_ORDER, violations: [] })]);
  });

  it('refuses an appointment without its order number or date', async () => {
    const cookie = await signIn(t, office.admin);
    const { orderNo: _no, ...withoutNumber } = appointmentBody(t, { acting: colleague, forUser: office.analystA });
    const { orderDate: _date, ...withoutDate } = appointmentBody(t, { acting: colleague, forUser: office.analystA });
    const { orderNo: _n, orderDate: _d, ...withoutOrder } = appointmentBody(t, { acting: colleague, forUser: office.analystA });
    for (const body of [
      withoutOrder,
      withoutNumber,
      withoutDate,
      { ...withoutDate, orderDate: '2026-02-30' },
      { ...withoutOrder, orderNo: 'ที่ 1/2569', orderDate: '2026-12-31' },
    ]) {
      const res = await call(t, 'POST', '/api/appointments', { cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await storedAppointments()).toEqual([]);
  });
});

describe('a holder appointing for themselves', () => {
  it('is refused with 403 when HOLDERS_MAY_APPOINT is off, though an administrator still may', async () => {
    await start({ holdersMayAppoint: false });
    const own = await appoint(t, office.analystA, { acting: colleague, forUser: office.analystA });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('holders_may_not_appoint');
    expect(await storedAppointments()).toEqual([]);
    expect((await appoint(t, office.admin, { acting: colleague, forUser: office.analystA })).status).toBe(201);
  });
});

describe('an appointment that breaks the rules, made before them', () => {
  beforeEach(() => start());

  async function insertAppointment(
    id: string,
    acting: OfficeUser,
    createdBy: OfficeUser,
    order: { no: string | null; date: string | null },
  ) {
    const now = t.clock.now().getTime();
    await t.handle.db
      .insertInto('acting_appointments')
      .values({
        id,
        acting_user_id: acting.id,
        for_user_id: office.analystA.id,
        for_level: null,
        starts_at: new Date(now - 3_600_000).toISOString(),
        ends_at: new Date(now + 8 * 3_600_000).toISOString(),
        reason: 'ก่อนมีกฎ',
        created_by: createdBy.id,
        created_at: new Date(now - 3_600_000).toISOString(),
        revoked_at: null,
        order_no: order.no,
        order_date: order.date,
        kind: 'acting',
      })
      .execute();
  }

  it('grants nothing and is flagged for the administrator', async () => {
    const request = await submittedK01();
    // The clerk of another unit, appointed by analyst A for themselves, as in issue 13; and a lawful pair with no order.
    await insertAppointment('bad-clerk', office.unitD05, office.analystA, { no: TEST_ORDER.orderNo, date: TEST_ORDER.orderDate });
    await insertAppointment('no-order', colleague, office.admin, { no: null, date: null });

    for (const user of [office.unitD05, colleague]) {
      const cookie = await signIn(t, user);
      expect((await call(t, 'GET', '/api/session', { cookie })).body.user.acting).toEqual([]);
      expect((await call(t, 'GET', `/api/requests/${request.id}`, { cookie })).status).toBe(404);
    }

    const listed = await call(t, 'GET', '/api/appointments', { cookie: await signIn(t, office.admin) });
    const violations = Object.fromEntries(listed.body.items.map((a: { id: string; violations: string[] }) => [a.id, a.violations]));
    expect(violations).toEqual({ 'bad-clerk': ['acting_not_reviewer'], 'no-order': ['order_missing'] });
    expect(listed.body.items.every((a: { active: boolean }) => !a.active)).toBe(true);
  });
});
