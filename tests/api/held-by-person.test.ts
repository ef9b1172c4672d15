// Who holds a request is a person: every summary and the request page name the people with it on their desk (and who
// acts for them), with their office extension, since when it has been there, and a finished request its outcome and date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminUser, ContactDetails, PositionHolder, RequestListResponse, RequestSummary, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { addColleagueOfAnalystA, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';
import { appoint } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function setOwnExtension(user: OfficeUser, phoneExtension: string | null, lang?: 'en') {
  return call(t, 'PUT', '/api/me/contact', {
    cookie: await actors.cookie(user),
    body: { phoneExtension },
    ...(lang ? { lang } : {}),
  });
}

async function listAs(user: OfficeUser, query = ''): Promise<RequestSummary[]> {
  // A fresh sign-in: the tests move the clock by days, past a session's idle limit.
  const res = await call<RequestListResponse>(t, 'GET', `/api/requests${query}`, { cookie: await signIn(t, user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

async function viewAs(user: OfficeUser, id: string): Promise<RequestView> {
  const res = await call<RequestView>(t, 'GET', `/api/requests/${id}`, { cookie: await signIn(t, user) });
  expect(res.status).toBe(200);
  return res.body;
}

async function submitted(content = allotment()): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, content), 'SUBMIT');
}

const names = (people: readonly PositionHolder[]) => people.map((p) => [p.displayName, p.phoneExtension, p.actingFor?.displayName ?? null]);

describe('who holds a request', () => {
  it('names the analyst holding it, with their extension, since when and the working days against the target, in the list, the inbox and the page', async () => {
    expect((await setOwnExtension(office.analystA, '2231')).status).toBe(200);
    const request = await submitted();
    t.clock.advanceMinutes(3 * 24 * 60); // Thursday 5 March, counted as two working days at level 2 (target 3)
    for (const summary of [
      (await listAs(office.unitK01))[0],
      (await listAs(office.analystA))[0],
      await viewAs(office.unitK01, request.id),
    ]) {
      expect(names(summary?.heldBy ?? [])).toEqual([['คุณ analyst-a', '2231', null]]);
      expect(summary?.levelEnteredAt).toBe(request.levelEnteredAt);
      expect([summary?.position.heldAtLevel, summary?.workingDaysAtLevel, summary?.targetDays, summary?.overdue]).toEqual([2, 2, 3, false]);
      expect(summary?.decidedAt).toBeNull();
    }
    const inbox = await call<{ items: RequestSummary[] }>(t, 'GET', '/api/inbox', { cookie: await signIn(t, office.analystA) });
    expect(names(inbox.body.items[0]?.heldBy ?? [])).toEqual([['คุณ analyst-a', '2231', null]]);
  });

  it('adds whoever acts for the holder under an appointment running now', async () => {
    const colleague = await addColleagueOfAnalystA(t.handle.db);
    const made = await appoint(t, office.admin, { acting: colleague, forUser: office.analystA });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    await setOwnExtension(colleague, '2232');
    const request = await submitted();
    expect(names((await viewAs(office.unitK01, request.id)).heldBy)).toEqual([
      ['คุณ analyst-a', null, null],
      ['คุณ analyst-a2', '2232', 'คุณ analyst-a'],
    ]);
    expect((await listAs(office.unitK01))[0]?.heldBy.map((p) => p.acting)).toEqual([false, true]);
  });

  it('names the next level’s holder once approved, and the unit’s staff once returned', async () => {
    const request = await submitted();
    const atThree = await send(t, actors, office.analystA, request, 'APPROVE');
    expect(names(atThree.heldBy)).toEqual([['คุณ head-1', null, null]]);
    expect(names((await listAs(office.unitK01))[0]?.heldBy ?? [])).toEqual([['คุณ head-1', null, null]]);
    const returned = await send(t, actors, office.headSection1, atThree, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    expect(names(returned.heldBy)).toEqual([
      ['คุณ k01', null, null],
      ['คุณ k01b', null, null],
    ]);
  });

  it('gives a Council wait the deputy governor who records it, no target, and never overdue', async () => {
    const council = await approveToTop(t, actors, office, await submitted(councilTransfer()));
    expect(council.status).toBe('awaiting_council');
    t.clock.advanceMinutes(30 * 24 * 60);
    const row = (await listAs(office.unitK01, '?status=awaiting_council'))[0];
    expect(names(row?.heldBy ?? [])).toEqual([['คุณ level8', null, null]]);
    expect([row?.targetDays, row?.overdue, row?.position.holder]).toEqual([null, false, 'council']);
  });

  it('carries a finished request’s outcome and the date it was decided, and nobody holding it', async () => {
    const request = await submitted();
    t.clock.advanceMinutes(60);
    const rejected = await send(t, actors, office.analystA, request, 'REJECT', 'ไม่อยู่ในอำนาจอนุมัติ');
    const decidedAt = t.clock.now().toISOString();
    const row = (await listAs(office.unitK01))[0];
    for (const summary of [rejected, row]) {
      expect([summary?.status, summary?.decidedAt, summary?.position.final, summary?.heldBy]).toEqual(['rejected', decidedAt, true, []]);
    }
  });
});

describe('the office extension', () => {
  it('lets a person set and clear their own, and refuses what is not an extension with a message in words', async () => {
    expect((await setOwnExtension(office.unitK01, ' 1234, 1235 ')).body).toEqual({ phoneExtension: '1234, 1235' });
    const read = await call<ContactDetails>(t, 'GET', '/api/me/contact', { cookie: await actors.cookie(office.unitK01) });
    expect(read.body).toEqual({ phoneExtension: '1234, 1235' });
    for (const bad of ['ต่อ 12', '12a', '1'.repeat(21)]) {
      const res = await setOwnExtension(office.unitK01, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.issues[0].message).toContain('เบอร์ภายใน');
    }
    expect((await setOwnExtension(office.unitK01, 'x', 'en')).body.error.issues[0].message).toContain('extension takes digits');
    expect((await setOwnExtension(office.unitK01, '')).body).toEqual({ phoneExtension: null });
  });

  it('does not let a person set someone else’s; an administrator may, and the holder then shows it', async () => {
    const cookie = await actors.cookie(office.unitK01);
    const refused = await call(t, 'PATCH', `/api/admin/users/${office.analystA.id}`, { cookie, body: { phoneExtension: '9999' } });
    expect(refused.status).toBe(403);
    const own = await call(t, 'PATCH', `/api/admin/users/${office.unitK01.id}`, { cookie, body: { phoneExtension: '9999' } });
    expect(own.status).toBe(403);
    const byAdmin = await call<AdminUser>(t, 'PATCH', `/api/admin/users/${office.analystA.id}`, {
      cookie: await actors.cookie(office.admin),
      body: { phoneExtension: '2240' },
    });
    expect([byAdmin.status, byAdmin.body.phoneExtension]).toEqual([200, '2240']);
    const request = await submitted();
    expect(names((await viewAs(office.unitK01, request.id)).heldBy)).toEqual([['คุณ analyst-a', '2240', null]]);
  });
});
