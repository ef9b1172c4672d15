// Decisions that carry weight: separation of duties, and the password again for decisions at levels 5–8.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { multiYearAllotment, smallAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function atLevel(level: number, content = multiYearAllotment()): Promise<RequestView> {
  let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, content), 'SUBMIT');
  const chain = [office.analystA, office.headSection1, office.directorDivision1, office.level5, office.level6, office.level7];
  for (const user of chain.slice(0, level - 2)) request = await send(t, actors, user, request, 'APPROVE');
  return request;
}

const hoursFromNow = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();

describe('separation of duties', () => {
  it('does not let a person who approved at one level approve again at another, even when acting', async () => {
    const request = await atLevel(3);
    await call(t, 'POST', '/api/appointments', {
      cookie: await signIn(t, office.admin),
      body: {
        actingUserId: office.analystA.id,
        forUserId: office.headSection1.id,
        startsAt: hoursFromNow(-1),
        endsAt: hoursFromNow(4),
        reason: 'หัวหน้าฝ่ายลา',
        ...TEST_ORDER,
      },
    });
    const cookie = await signIn(t, office.analystA);
    const view = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie });
    expect(view.body.allowedActions).toEqual(['RETURN', 'SEND_BACK', 'REJECT']);
    const res = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'APPROVE', version: request.version },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'already_decided_by_you', message: 'คุณได้พิจารณาคำขอนี้ในระดับอื่นไปแล้ว ไม่สามารถพิจารณาซ้ำได้' });
    const row = await t.handle.db
      .selectFrom('requests')
      .select(['level', 'version'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ level: 3, version: request.version });
  });

  it('lets the analyst approve again at the same level after the request comes back', async () => {
    let request = await atLevel(3, smallAllotment());
    request = await send(t, actors, office.headSection1, request, 'SEND_BACK', 'ทบทวนตัวเลข');
    request = await send(t, actors, office.analystA, request, 'APPROVE', 'ทบทวนแล้ว');
    expect(request.level).toBe(3);
  });

  it('does not let a unit’s staff decide its request: they cannot be made to act, and a reviewer from the unit is refused', async () => {
    const request = await atLevel(2, smallAllotment());
    const appointed = await call(t, 'POST', '/api/appointments', {
      cookie: await signIn(t, office.admin),
      body: {
        actingUserId: office.unitK01b.id,
        forUserId: office.analystA.id,
        startsAt: hoursFromNow(-1),
        endsAt: hoursFromNow(4),
        reason: 'ช่วยราชการ',
        ...TEST_ORDER,
      },
    });
    expect(appointed.body.error.code).toBe('acting_not_reviewer');
    const asClerk = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie: await signIn(t, office.unitK01b),
      body: { type: 'APPROVE', version: request.version },
    });
    expect(asClerk.status).toBe(403);

    // No screen makes a reviewer who belongs to a unit; should the data say so, the reviewer still may not decide its requests.
    await t.handle.db.updateTable('users').set({ unit_code: 'K01' }).where('id', '=', office.analystA.id).execute();
    const res = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie: await signIn(t, office.analystA),
      body: { type: 'APPROVE', version: request.version },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('own_unit_request');
  });
});

describe('re-authentication at levels 5–8', () => {
  it('answers 401 reauth_required when the password is older than 15 minutes, and decides after it is entered again', async () => {
    const request = await atLevel(5);
    const cookie = await signIn(t, office.level5);
    t.clock.advanceMinutes(16);
    const stale = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'APPROVE', version: request.version },
    });
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('reauth_required');
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(200); // still signed in
    const unchanged = await t.handle.db.selectFrom('requests').select('version').where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(unchanged.version).toBe(request.version);

    const wrong = await call(t, 'POST', '/api/session/reauth', { cookie, body: { password: 'wrong password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect((await call(t, 'POST', '/api/session/reauth', { cookie, body: { password: PASSWORD } })).status).toBe(204);
    const approved = await call(t, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'APPROVE', version: request.version },
    });
    expect(approved.status).toBe(200);
  });

  it('does not ask levels 2–4 for the password again', async () => {
    const request = await atLevel(2, smallAllotment());
    const cookie = await signIn(t, office.analystA);
    t.clock.advanceMinutes(45);
    expect(
      (await call(t, 'POST', `/api/requests/${request.id}/events`, { cookie, body: { type: 'APPROVE', version: request.version } })).status,
    ).toBe(200);
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the user', async () => {
    const desk = await signIn(t, office.analystA);
    const phone = await signIn(t, office.analystA);
    expect((await call(t, 'POST', '/api/session/sign-out-everywhere', { cookie: phone })).status).toBe(204);
    expect((await call(t, 'GET', '/api/session', { cookie: desk })).status).toBe(401);
    expect((await call(t, 'GET', '/api/session', { cookie: phone })).status).toBe(401);
  });
});
