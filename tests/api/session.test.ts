// Signing in and out: an HttpOnly cookie session, the same answer for a wrong password and an unknown user.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';

let t: TestApp;
let office: Office;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
});
afterEach(() => t.close());

describe('sessions', () => {
  it('signs in with an HttpOnly, SameSite=Lax cookie and tells who the user is', async () => {
    const res = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bmrts_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.body.user).toMatchObject({
      username: 'analyst-a',
      level: 2,
      unitCode: null,
      isAdmin: false,
      scope: { allUnits: false, unitCodes: ['K01', 'K02'] },
    });
    expect(JSON.stringify(res.body)).not.toContain('password');
  });

  it('gives each level its scope: section, division, all', async () => {
    const scopeOf = async (username: string) =>
      (await call(t, 'GET', '/api/session', { cookie: await signIn(t, username) })).body.user.scope;
    expect(await scopeOf('k01')).toEqual({ allUnits: false, unitCodes: ['K01'] });
    expect(await scopeOf('head-1')).toEqual({ allUnits: false, unitCodes: ['K01', 'K02'] });
    expect(await scopeOf('director-2')).toEqual({ allUnits: false, unitCodes: ['D05'] });
    expect(await scopeOf('level6')).toEqual({ allUnits: true, unitCodes: [] });
  });

  it('answers a wrong password and an unknown user alike, in Thai or English', async () => {
    const wrong = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: 'nope' } });
    const unknown = await call(t, 'POST', '/api/session', { body: { username: 'nobody', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({ code: 'invalid_credentials', message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง' });
    const en = await call(t, 'POST', '/api/session', { body: { username: 'nobody', password: 'nope' }, lang: 'en' });
    expect(en.body.error.message).toBe('Wrong username or password');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in body with missing or unknown fields (400)', async () => {
    expect((await call(t, 'POST', '/api/session', { body: { username: 'analyst-a' } })).status).toBe(400);
    expect((await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD, admin: true } })).status).toBe(400);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn(t, office.analystA);
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(200);
    expect((await call(t, 'DELETE', '/api/session', { cookie })).status).toBe(204);
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(401);
  });

  it('expires a session after an hour without activity, and activity keeps it alive', async () => {
    const cookie = await signIn(t, office.analystA);
    t.clock.advanceMinutes(50);
    expect((await call(t, 'GET', '/api/inbox', { cookie })).status).toBe(200);
    t.clock.advanceMinutes(50);
    expect((await call(t, 'GET', '/api/inbox', { cookie })).status).toBe(200);
    t.clock.advanceMinutes(61);
    expect((await call(t, 'GET', '/api/inbox', { cookie })).status).toBe(401);
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const cookie = await signIn(t, office.analystA);
    await t.handle.db.updateTable('users').set({ active: 0 }).where('id', '=', office.analystA.id).execute();
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(401);
    expect((await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } })).status).toBe(401);
  });
});
