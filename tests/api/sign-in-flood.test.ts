// A flood of wrong passwords, from one machine or many, neither gets many passwords checked nor keeps people
// waiting: limits per client address, a bounded line of password checks that refuses at once when full, and the
// people with nothing against their address checked first. Passwords here cost what they cost in production.
import { afterEach, describe, expect, it } from 'vitest';
import { RECOMMENDED_SCRYPT_COST, hashPassword } from '@bmrts/db';
import { anotherAppOn, makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice } from '../support/office';
import { call, type ApiResult } from '../support/http-client';

let t: TestApp;
afterEach(() => t.close());

const signIn = (username: string, password: string, from: string, lang?: 'en') =>
  call(t, 'POST', '/api/session', { body: { username, password }, from, ...(lang ? { lang } : {}) });

/** An office whose staff, forty units among them (k02…k41), have passwords hashed at the production cost. */
async function realisticOffice(): Promise<string[]> {
  t = await makeTestApp(undefined, { passwordCost: RECOMMENDED_SCRYPT_COST });
  await buildOffice(t.handle.db);
  const units = Array.from({ length: 40 }, (_, i) => `k${String(i + 2).padStart(2, '0')}`);
  const at = '2026-01-01T00:00:00.000Z';
  await t.handle.db
    .insertInto('users')
    .values(
      units.map((username) => ({
        id: `u-${username}`,
        username,
        password_hash: '',
        display_name: `คุณ ${username}`,
        level: 1,
        unit_code: 'K01',
        section_id: null,
        division_id: null,
        is_admin: 0,
        active: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await t.handle.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD, RECOMMENDED_SCRYPT_COST) })
    .execute();
  return units;
}

async function timed(answer: Promise<ApiResult>): Promise<ApiResult & { ms: number }> {
  const started = performance.now();
  const result = await answer;
  return { ...result, ms: performance.now() - started };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a person may take to be answered during a flood: 2 s, as promised; on a machine so busy that one check
 * alone takes most of that (a shared test machine), three of the person's own checks: time for the check already
 * running when they arrive and their own, both slowed by running side by side. Without the limits they would wait
 * behind every guess in line, twenty checks or more.
 */
const answerWithinMs = (ownCheckMs: number) => Math.max(2000, 3 * ownCheckMs);

/** The person's sign-in with nothing else going on: one check at the production cost on this machine. */
async function ownCheckMs(): Promise<number> {
  const quiet = await timed(signIn('analyst-a', PASSWORD, '198.51.100.20'));
  expect(quiet.status).toBe(200);
  return quiet.ms;
}

describe('a flood of wrong passwords', () => {
  it('signs a person in within two seconds while forty wrong passwords for forty unit usernames arrive from one machine', async () => {
    const units = await realisticOffice();
    const alone = await ownCheckMs();
    const flood = Promise.all(units.map((username, i) => timed(signIn(username, `guess-${i}`, '203.0.113.7'))));
    await pause(100);
    const person = await timed(signIn('analyst-a', PASSWORD, '198.51.100.20'));
    const answers = await flood;
    console.log(
      `sign-in during a one-machine flood: ${Math.round(person.ms)} ms (alone ${Math.round(alone)} ms); flood answers ${JSON.stringify(tally(answers))}`,
    );
    expect(person.status).toBe(200);
    expect(person.ms).toBeLessThan(answerWithinMs(alone));
    // Twenty at most were let through for that machine; the rest were refused unchecked, told when to try again.
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(20);
    for (const refused of answers.filter((a) => a.status !== 401)) expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers a person within two seconds while forty wrong passwords arrive from forty machines', async () => {
    const units = await realisticOffice();
    const alone = await ownCheckMs();
    const flood = Promise.all(units.map((username, i) => timed(signIn(username, `guess-${i}`, `203.0.113.${i + 1}`))));
    await pause(100);
    const person = await timed(signIn('analyst-a', PASSWORD, '198.51.100.20'));
    const answers = await flood;
    console.log(
      `sign-in during a forty-machine flood: ${person.status} in ${Math.round(person.ms)} ms (alone ${Math.round(alone)} ms); flood answers ${JSON.stringify(tally(answers))}`,
    );
    expect(person.ms).toBeLessThan(answerWithinMs(alone));
    // Signed in, or told at once that the server is busy and when to try again.
    if (person.status !== 200) expectBusy(person);
  });

  it('refuses at once (503, Retry-After) when the line of password checks is full, rather than lengthen it', async () => {
    await realisticOffice();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => timed(signIn(`nobody-${i}`, 'guess', `192.0.2.${i + 1}`, 'en'))),
    );
    const refused = answers.filter((a) => a.status === 503);
    const checked = answers.filter((a) => a.status === 401);
    console.log(
      `a full line: ${JSON.stringify(tally(answers))}; refusals within ${Math.round(Math.max(...refused.map((a) => a.ms)))} ms, checks from ${Math.round(Math.min(...checked.map((a) => a.ms)))} ms`,
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(checked.length).toBeGreaterThan(0);
    refused.forEach(expectBusy);
    expect(refused[0]?.body.error.message).toBe('Many people are signing in right now; please try again in a few seconds');
    // Refused before any check could have finished.
    expect(Math.max(...refused.map((a) => a.ms))).toBeLessThan(Math.min(...checked.map((a) => a.ms)));
  });
});

function expectBusy(answer: ApiResult): void {
  expect([answer.status, answer.body.error.code]).toEqual([503, 'sign_in_busy']);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
}

function tally(answers: ApiResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = `${a.status}${a.body?.error?.code ? ` ${a.body.error.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('failed sign-ins from one client address', () => {
  const failFrom = async (from: string, times: number) => {
    const statuses = [];
    for (let i = 0; i < times; i++)
      statuses.push((await call(t, 'POST', '/api/session', { body: { username: `nobody-${i}`, password: 'guess' }, from })).status);
    return statuses;
  };

  it('refuses an address (429, Retry-After) after twenty failed sign-ins in fifteen minutes, whichever usernames they tried', async () => {
    t = await makeTestApp();
    await buildOffice(t.handle.db);
    expect(new Set(await failFrom('203.0.113.7', 20))).toEqual(new Set([401]));
    const refused = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD }, from: '203.0.113.7' });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'sign_in_address_limited']);
    expect(refused.body.error.message).toBe('เข้าสู่ระบบไม่สำเร็จจากเครื่องนี้หลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่');
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);
    // Another machine is not held back; the first may try again once the window has passed.
    expect(
      (await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD }, from: '198.51.100.20' })).status,
    ).toBe(200);
    t.clock.advanceMinutes(15);
    expect(
      (await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD }, from: '203.0.113.7' })).status,
    ).toBe(200);
  });

  it('lets a signed-in person re-enter their password even when others behind the same address used up its window', async () => {
    t = await makeTestApp();
    await buildOffice(t.handle.db);
    const office = '203.0.113.7';
    const signedIn = await call(t, 'POST', '/api/session', { body: { username: 'level5', password: PASSWORD }, from: office });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await failFrom(office, 20);
    expect((await call(t, 'POST', '/api/session', { body: { username: 'level6', password: PASSWORD }, from: office })).status).toBe(429);
    const reauth = await call(t, 'POST', '/api/session/reauth', { body: { password: PASSWORD }, cookie, from: office });
    expect(reauth.status).toBe(204);
  });

  it('turns the per-address limit off when SIGN_IN_ADDRESS_FAILURES is 0, for an office that signs in through one NAT address', async () => {
    t = await makeTestApp(undefined, { signInAddressFailures: 0 });
    await buildOffice(t.handle.db);
    expect(new Set(await failFrom('203.0.113.7', 25))).toEqual(new Set([401]));
    expect(
      (await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD }, from: '203.0.113.7' })).status,
    ).toBe(200);
  });

  it('counts an IPv6 machine by its /64 network, which one machine commonly has to itself', async () => {
    t = await makeTestApp();
    await buildOffice(t.handle.db);
    await failFrom('2001:db8:1:2::a', 20);
    const sameNetwork = await call(t, 'POST', '/api/session', {
      body: { username: 'analyst-a', password: PASSWORD },
      from: '2001:db8:1:2:ffff::b',
    });
    expect(sameNetwork.status).toBe(429);
    expect(
      (await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD }, from: '2001:db8:1:3::a' })).status,
    ).toBe(200);
  });

  it('reads the address from X-Forwarded-For only behind a proxy it was told to trust', async () => {
    t = await makeTestApp();
    await buildOffice(t.handle.db);
    const behindProxy = anotherAppOn(t, { trustProxyHops: 1 });
    const viaProxy = (app: TestApp, client: string, username: string, password: string) =>
      app.app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `6.6.6.6, ${client}` },
        body: JSON.stringify({ username, password }),
      });
    try {
      for (let i = 0; i < 20; i++) expect((await viaProxy(behindProxy, '203.0.113.7', `nobody-${i}`, 'guess')).status).toBe(401);
      // Behind the trusted proxy the address it saw counts, not the one the client wrote in front of it.
      expect((await viaProxy(behindProxy, '203.0.113.7', 'analyst-a', PASSWORD)).status).toBe(429);
      expect((await viaProxy(behindProxy, '198.51.100.20', 'analyst-a', PASSWORD)).status).toBe(200);
      // Without a trusted proxy the header is ignored: it cannot make a fresh address out of a used-up one.
      for (let i = 0; i < 20; i++) expect((await viaProxy(t, `198.51.100.${i}`, `nobody-${i}`, 'guess')).status).toBe(401);
      expect((await viaProxy(t, '192.0.2.99', 'analyst-a', PASSWORD)).status).toBe(429);
    } finally {
      await behindProxy.close();
    }
  });
});
