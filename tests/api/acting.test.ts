// Acting appointments (รักษาราชการแทน): the appointee sees the inbox and decides during the period, and not after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestSummary, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { addColleagueOfAnalystA, addOfficeUser, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { multiYearAllotment, smallAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;
/** Analyst A's colleague in section 1: the one who may act for analyst A. */
let colleague: OfficeUser;

beforeEach(async () => {
  t = await makeTestApp(); // Monday 2 March 2026, 10:00 Bangkok
  office = await buildOffice(t.handle.db);
  colleague = await addColleagueOfAnalystA(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const hoursFromNow = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();

async function appoint(by: OfficeUser, body: Record<string, unknown>) {
  return call(t, 'POST', '/api/appointments', { cookie: await signIn(t, by), body: { ...TEST_ORDER, ...body } });
}

async function inboxOf(user: OfficeUser): Promise<RequestSummary[]> {
  return (await call<{ items: RequestSummary[] }>(t, 'GET', '/api/inbox', { cookie: await signIn(t, user) })).body.items;
}

async function submittedK01(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

describe('acting for another person', () => {
  it('lets the appointee see the inbox and decide during the period, recorded as acting for the holder', async () => {
    const request = await submittedK01();
    const made = await appoint(office.admin, {
      actingUserId: colleague.id,
      forUserId: office.analystA.id,
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(8),
      reason: 'นางสาว A ลาพักผ่อน',
    });
    expect(made.status).toBe(201);

    expect((await inboxOf(colleague)).map((r) => r.id)).toContain(request.id);
    const session = await call(t, 'GET', '/api/session', { cookie: await signIn(t, colleague) });
    expect(session.body.user.acting).toEqual([
      { appointmentId: made.body.id, forUser: { id: office.analystA.id, displayName: 'คุณ analyst-a' }, level: 2, endsAt: hoursFromNow(8) },
    ]);

    const approved = await send(t, actors, colleague, request, 'APPROVE', 'อนุมัติในฐานะรักษาราชการแทน');
    expect(approved.history.at(-1)).toMatchObject({
      type: 'APPROVE',
      fromLevel: 2,
      actor: { id: colleague.id },
      onBehalfOf: { id: office.analystA.id, displayName: 'คุณ analyst-a' },
    });
    const event = await t.handle.db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', '=', request.id)
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    expect(event.appointment_id).toBe(made.body.id);
  });

  it('stops at once when the period ends', async () => {
    const request = await submittedK01();
    await appoint(office.admin, {
      actingUserId: colleague.id,
      forUserId: office.analystA.id,
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(0.5),
      reason: 'ไปราชการ',
    });
    const cookie = await signIn(t, colleague);
    const view = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie });
    expect(view.body.allowedActions).toEqual(['APPROVE', 'RETURN', 'REJECT']);

    t.clock.advanceMinutes(31);
    const late = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'APPROVE', version: request.version },
    });
    expect(late.status).toBe(404); // the unit is outside the colleague's own (empty) portfolio again
    expect((await inboxOf(colleague)).map((r) => r.id)).not.toContain(request.id);
  });

  it('does not start before its period, and a revoked appointment stops at once', async () => {
    const request = await submittedK01();
    const future = await appoint(office.admin, {
      actingUserId: colleague.id,
      forUserId: office.analystA.id,
      startsAt: hoursFromNow(24),
      endsAt: hoursFromNow(48),
      reason: 'ล่วงหน้า',
    });
    expect((await inboxOf(colleague)).map((r) => r.id)).not.toContain(request.id);
    const running = await appoint(office.admin, {
      actingUserId: colleague.id,
      forUserId: office.analystA.id,
      startsAt: hoursFromNow(-1),
      endsAt: hoursFromNow(24),
      reason: 'วันนี้',
    });
    expect((await inboxOf(colleague)).map((r) => r.id)).toContain(request.id);
    expect((await call(t, 'DELETE', `/api/appointments/${running.body.id}`, { cookie: await signIn(t, office.admin) })).status).toBe(204);
    expect((await inboxOf(colleague)).map((r) => r.id)).not.toContain(request.id);
    const listed = await call(t, 'GET', '/api/appointments', { cookie: await signIn(t, office.admin) });
    expect(listed.body.items.map((a: { id: string; active: boolean }) => [a.id, a.active])).toEqual(
      expect.arrayContaining([
        [future.body.id, false],
        [running.body.id, false],
      ]),
    );
  });

  it('lets a holder appoint someone to act for themselves, but not for anyone else', async () => {
    const own = await appoint(office.analystA, {
      actingUserId: colleague.id,
      forUserId: office.analystA.id,
      startsAt: hoursFromNow(0),
      endsAt: hoursFromNow(4),
      reason: 'ประชุมนอกสถานที่',
    });
    expect(own.status).toBe(201);
    const other = await appoint(office.analystA, {
      actingUserId: colleague.id,
      forUserId: office.headSection1.id,
      startsAt: hoursFromNow(0),
      endsAt: hoursFromNow(4),
      reason: 'ไม่มีสิทธิ์',
    });
    expect(other.status).toBe(403);
  });

  it('refuses appointments that make no sense, changing nothing', async () => {
    const base = { startsAt: hoursFromNow(0), endsAt: hoursFromNow(4), reason: 'ทดสอบ' };
    const cases: [Record<string, unknown>, number][] = [
      [{ ...base, actingUserId: office.admin.id, forUserId: office.analystA.id }, 422], // administrators never decide
      [{ ...base, actingUserId: office.analystA.id, forUserId: office.analystA.id }, 422], // oneself
      [{ ...base, actingUserId: colleague.id, forUserId: office.unitK01.id }, 422], // a budget unit is not a reviewer
      [{ ...base, actingUserId: colleague.id, forUserId: office.analystA.id, forLevel: 6 }, 400], // both
      [{ ...base, actingUserId: colleague.id, forLevel: 3 }, 400], // levels 5–8 only
      [{ ...base, actingUserId: colleague.id, forUserId: office.analystA.id, endsAt: hoursFromNow(-1) }, 400], // ends before it starts
      [{ ...base, actingUserId: 'nobody', forUserId: office.analystA.id }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await appoint(office.admin, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
    }
    expect(await t.handle.db.selectFrom('acting_appointments').select('id').execute()).toEqual([]);
  });
});

describe('acting at a level', () => {
  it('lets a second deputy permanent secretary act as the level-8 deputy governor over every unit, under the order', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, multiYearAllotment()), 'SUBMIT');
    for (const user of [office.analystA, office.headSection1, office.directorDivision1, office.level5, office.level6, office.level7]) {
      request = await send(t, actors, user, request, 'APPROVE');
    }
    const period = { forLevel: 8, startsAt: hoursFromNow(-1), endsAt: hoursFromNow(8), reason: 'รองผู้ว่าฯ ไปต่างประเทศ' };
    // Only the level itself or the one directly below may act at it: a level-6 director may not act as deputy governor.
    const tooFarBelow = await appoint(office.admin, { actingUserId: office.level6.id, ...period });
    expect([tooFarBelow.status, tooFarBelow.body.error.code]).toEqual([422, 'acting_level_out_of_reach']);

    // level7 approved this request at level 7 already: separation of duties forbids a second approval at level 8.
    expect((await appoint(office.admin, { actingUserId: office.level7.id, ...period })).status).toBe(201);
    const twice = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie: await signIn(t, office.level7),
      body: { type: 'APPROVE', version: request.version },
    });
    expect(twice.status).toBe(403);
    expect(twice.body.error.code).toBe('already_decided_by_you');

    const otherDeputy = await addOfficeUser(t.handle.db, { username: 'level7b', level: 7 }); // never touched this request
    expect((await appoint(office.admin, { actingUserId: otherDeputy.id, ...period })).status).toBe(201);
    const approved = await send(t, new Actors(t), otherDeputy, request, 'APPROVE', 'อนุมัติ');
    expect(approved.status).toBe('approved');
    expect(approved.history.at(-1)).toMatchObject({
      fromLevel: 8,
      actor: { id: otherDeputy.id },
      onBehalfOf: null,
      appointment: { kind: 'acting', ...TEST_ORDER },
    });
  });
});
