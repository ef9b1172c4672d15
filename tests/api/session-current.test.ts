// GET /api/session/current: the app's "who am I, if anyone" on every page load. It answers a stranger with 200 and no
// user, so a signed-out browser logs no 401 on the sign-in page (Lighthouse's Best Practices), and leaks nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { signIn } from '../support/http-client';

let t: TestApp;
let office: Office;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
});
afterEach(async () => t.close());

describe('the current session, if any', () => {
  it('answers a stranger 200 with no user', async () => {
    const res = await t.app.request('/api/session/current');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: null });
  });

  it('answers a signed-in user with the same user as GET /api/session', async () => {
    const cookie = await signIn(t, office.unitK01);
    const current = await t.app.request('/api/session/current', { headers: { cookie } });
    const session = await t.app.request('/api/session', { headers: { cookie } });
    expect(current.status).toBe(200);
    expect(await current.json()).toEqual(await session.json());
  });

  it('still refuses a stranger on GET /api/session', async () => {
    expect((await t.app.request('/api/session')).status).toBe(401);
  });
});
