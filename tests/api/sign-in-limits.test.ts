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
        known.status,
        known.body.error,
        known.headers.get('retry-after'),
      ]);
      t.clock.advanceMinutes(i % 2 === 0 ? 0 : 6); // some attempts too early, some after the wait
    }
    expect([...seen].sort()).toEqual(['invalid_credentials', 'sign_in_locked', 'sign_in_throttled']);
  });
});

/** Thirty wrong passwords for one username at the same moment, each from its own address, as a spread-out guesser would. */
async function burstOfGuesses(username: string, round: number) {
  return Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      call(t, 'POST', '/api/session', { body: { username, password: `guess-${round}-${i}` }, from: `10.${round}.0.${i + 1}` }),
    ),
  );
}

describe('simultaneous attempts for one username', () => {
  it('checks at most three of thirty simultaneous wrong passwords, and refuses the rest with a time to try again', async () => {
    const answers = await burstOfGuesses('analyst-a', 1);
    const checked = answers.filter((a) => a.status === 401);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(3);
    for (const refused of answers.filter((a) => a.status !== 401)) {
      expect([429, 503]).toContain(refused.status);
      expect(['sign_in_throttled', 'sign_in_busy']).toContain(refused.body.error.code);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('checks no more than ten wrong passwords however they arrive, then locks the username', async () => {
    let checked = 0;
    for (let round = 1; round <= 10; round++) {
      if (round > 1) t.clock.advanceMinutes(6); // past the longest wait (5 minutes), within the 15-minute lock
      checked += (await burstOfGuesses('analyst-a', round)).filter((a) => a.status === 401).length;
    }
    expect(checked).toBe(10);
    const locked = await attempt('analyst-a', PASSWORD);
    expect([locked.status, locked.body.error.code]).toEqual([429, 'sign_in_locked']);
  });

  it('counts a right password, though counted before its check, as no failure, and forgets the failures before it', async () => {
    await failTimes('analyst-a', 2);
    t.clock.advanceMinutes(10);
    expect((await attempt('analyst-a', PASSWORD)).status).toBe(200);
    expect(await failTimes('analyst-a', 3)).toEqual([401, 401, 401]);
    expect((await attempt('analyst-a', 'wrong')).body.error.code).toBe('sign_in_throttled');
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
