// Repeated failed sign-ins are slowed and then locked, the same for real and unknown usernames.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice } from '../support/office';
import { call } from '../support/http-client';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
  await buildOffice(t.handle.db);
});
afterEach(() => t.close());

const attempt = (username: string, password: string) => call(t, 'POST', '/api/session', { body: { username, password } });

/** Fails `times` times, ten minutes apart (past any wait, so each failure counts); the clock stops at the last one. */
async function failTimes(username: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    if (i > 0) t.clock.advanceMinutes(10);
    statuses.push((await attempt(username, 'wrong')).status);
  }
  return statuses;
}

describe('sign-in limits', () => {
  it('makes the fourth attempt wait after three failures, even with the right password', async () => {
    expect(await failTimes('analyst-a', 3)).toEqual([401, 401, 401]);
    const early = await attempt('analyst-a', PASSWORD);
    expect(early.status).toBe(429);
    expect(early.body.error.code).toBe('sign_in_throttled');
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.advanceMinutes(1);
    expect((await attempt('analyst-a', PASSWORD)).status).toBe(200);
    // Success clears the count.
    expect((await attempt('analyst-a', 'wrong')).status).toBe(401);
    expect((await attempt('analyst-a', 'wrong')).status).toBe(401);
  });

  it('locks a username for 15 minutes after ten failures', async () => {
    await failTimes('analyst-a', 10);
    const locked = await attempt('analyst-a', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ code: 'sign_in_locked' });
    t.clock.advanceMinutes(6);
    expect((await attempt('analyst-a', PASSWORD)).status).toBe(429);
    t.clock.advanceMinutes(10);
    expect((await attempt('analyst-a', PASSWORD)).status).toBe(200);
  });

  it('answers an unknown username exactly as a known one, so nobody learns which exist', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const known = await attempt('analyst-a', 'wrong');
      seen.add(known.body.error.code);
      const unknown = await attempt('no-such-user', 'wrong');
      expect([unknown.status, unknown.body.error, unknown.headers.get('retry-after')]).toEqual([
        known.status, known.body.error, known.headers.get('retry-after'),
      ]);
      t.clock.advanceMinutes(i % 2 === 0 ? 0 : 6); // some attempts too early, some after the wait
    }
    expect([...seen].sort()).toEqual(['invalid_credentials', 'sign_in_locked', 'sign_in_throttled']);
  });
});

describe('a password reset by an administrator', () => {
  it('lifts the lock, so the person can sign in with the new password at once', async () => {
    await failTimes('analyst-a', 10);
    expect((await attempt('analyst-a', PASSWORD)).status).toBe(429);
    const admin = await call(t, 'POST', '/api/session', { body: { username: 'admin', password: PASSWORD } });
    const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const reset = await call(t, 'POST', '/api/admin/users/u-analyst-a/password', { cookie, body: { password: 'a brand new password' } });
    expect(reset.status).toBe(204);
    expect((await attempt('analyst-a', 'a brand new password')).status).toBe(200);
  });
});
