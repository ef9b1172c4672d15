// The pages the session says the caller may open are the pages whose calls the server then lets them make, for every
// role of the office and for someone acting a level up: both ask the same rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionPages, SessionUser } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors } from '../support/workflow';
import { smallAllotment } from '../support/requests';
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

async function pagesOf(user: OfficeUser): Promise<SessionPages> {
  const res = await call<{ user: SessionUser }>(t, 'GET', '/api/session', { cookie: await actors.cookie(user) });
  expect(res.status).toBe(200);
  return res.body.user.pages;
}

/** Whether the server lets the caller through each page's guarded call (2xx), or refuses it (403). */
async function guardsFor(user: OfficeUser): Promise<SessionPages> {
  const cookie = await actors.cookie(user);
  const passed = async (method: string, path: string, body?: unknown): Promise<boolean> => {
    const res = await call(t, method, path, { cookie, ...(body === undefined ? {} : { body }) });
    expect([200, 201, 403], `${user.username} ${method} ${path}: ${JSON.stringify(res.body)}`).toContain(res.status);
    return res.status !== 403;
  };
  return {
    newRequest: await passed('POST', '/api/requests', smallAllotment()),
    reviewInbox: await passed('POST', '/api/requests/bulk-events', {
      type: 'APPROVE',
      items: [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }],
    }),
    overview: await passed('GET', '/api/overview'),
    councilReport: await passed('GET', '/api/council-report?fiscalYear=2569'),
    administration: await passed('GET', '/api/admin/users'),
  };
}

const NONE: SessionPages = { newRequest: false, reviewInbox: false, overview: false, councilReport: false, administration: false };

describe('the pages a session may open', () => {
  it('gives each role its pages, and the server lets each role through exactly those', async () => {
    const expected: [OfficeUser, Partial<SessionPages>][] = [
      [office.unitK01, { newRequest: true }],
      [office.analystA, { reviewInbox: true }],
      [office.headSection1, { reviewInbox: true }],
      [office.directorDivision1, { reviewInbox: true, overview: true }],
      [office.level5, { reviewInbox: true, overview: true, councilReport: true }],
      [office.level6, { reviewInbox: true, overview: true, councilReport: true }],
      [office.level7, { reviewInbox: true, overview: true, councilReport: true }],
      [office.level8, { reviewInbox: true, overview: true, councilReport: true }],
      [office.admin, { overview: true, councilReport: true, administration: true }],
    ];
    for (const [user, pages] of expected) {
      const told = await pagesOf(user);
      expect(told, user.username).toEqual({ ...NONE, ...pages });
      expect(await guardsFor(user), user.username).toEqual(told);
    }
  });

  it('opens the dashboard to a section head while acting for a director, and the dashboard lets them in', async () => {
    expect((await pagesOf(office.headSection2)).overview).toBe(false);
    const appointed = await appoint(t, office.admin, { acting: office.headSection2, forUser: office.directorDivision2 });
    expect(appointed.status, JSON.stringify(appointed.body)).toBe(201);
    const told = await pagesOf(office.headSection2);
    expect(told).toEqual({ ...NONE, reviewInbox: true, overview: true });
    expect(await guardsFor(office.headSection2)).toEqual(told);
  });
});
