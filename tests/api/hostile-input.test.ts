// Hostile input: thousands of generated malformed requests to every documented route, anonymous and signed in.
// None may answer 5xx, every refusal is a JSON error, nothing leaks or hangs, and the database stays as it was.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';
import { casesFor, type HostileCase, type RealValues, type Role } from './hostile/cases';
import { violations } from './hostile/checks';
import { SESSION_TABLES, tableChecksums } from './hostile/checksum';
import { documentedOperations, type Operation } from './hostile/openapi-routes';

const SEED = Number(process.env.HOSTILE_SEED ?? 20_260_307);
/** At least this many cases in all, shared evenly between the routes. */
const TOTAL_CASES = 10_400;

// The routes are read from the API's own description before the tests are declared, so each gets its own test.
const operations: Operation[] = await (async () => {
  const t = await makeTestApp();
  try {
    return await documentedOperations(t);
  } finally {
    await t.close();
  }
})();
const RUNS_PER_ROUTE = Math.ceil(TOTAL_CASES / Math.max(1, operations.length));

interface World {
  t: TestApp;
  office: Office;
  real: RealValues;
  users: Record<Exclude<Role, 'anonymous'>, OfficeUser>;
}

/** An office with a draft, a request in review (so a reviewer has notifications), an attachment and an appointment. */
async function buildWorld(): Promise<World> {
  const t = await makeTestApp();
  const office = await buildOffice(t.handle.db);
  const actors = new Actors(t);
  const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
  const inReview = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode('%PDF-1.4\n%ทดสอบ\n')], 'บันทึก.pdf', { type: 'application/pdf' }));
  const attachment = await call(t, 'POST', `/api/requests/${inReview.id}/attachments`, {
    cookie: await actors.cookie(office.unitK01),
    form,
  });
  expect(attachment.status).toBe(201);
  const now = t.clock.now();
  const appointment = await call(t, 'POST', '/api/appointments', {
    cookie: await actors.cookie(office.admin),
    body: {
      actingUserId: office.headSection2.id,
      forUserId: office.directorDivision2.id,
      startsAt: now.toISOString(),
      endsAt: new Date(now.getTime() + 86_400_000).toISOString(),
      reason: 'ลาพักผ่อน',
      ...TEST_ORDER,
    },
  });
  expect(appointment.status).toBe(201);
  const holiday = await t.handle.db.selectFrom('public_holidays').select('date').orderBy('date').executeTakeFirst();
  const ids = [draft.id, inReview.id, appointment.body.id as string, office.unitK01.id, office.analystA.id];
  return {
    t,
    office,
    users: { unit: office.unitK01, reviewer: office.analystA, admin: office.admin },
    real: { id: ids, attachmentId: [attachment.body.id as string], code: ['K01', 'K02'], date: holiday ? [holiday.date] : [], '*': ids },
  };
}

let world: World;
let before: Record<string, string>;
let latest: Record<string, string>;
const cookies = new Map<Role, string>();
let cases = 0;
let started = 0;
const casesByRole: Record<Role, number> = { anonymous: 0, unit: 0, reviewer: 0, admin: 0 };
const statuses = new Map<number, number>();
let slowest = { ms: 0, what: '' };

async function cookieFor(role: Role): Promise<string | undefined> {
  if (role === 'anonymous') return undefined;
  let cookie = cookies.get(role);
  if (!cookie) {
    cookie = await signIn(world.t, world.users[role]);
    cookies.set(role, cookie);
  }
  return cookie;
}

async function sendCase(c: HostileCase): Promise<void> {
  const cookie = await cookieFor(c.role);
  const headers = { ...c.headers, ...(cookie ? { cookie } : {}) };
  const startedAt = performance.now();
  const res = await world.t.app.request(c.url, { method: c.method, headers, ...(c.body !== undefined ? { body: c.body } : {}) });
  const text = await res.text();
  const ms = performance.now() - startedAt;
  cases++;
  if (ms > slowest.ms) slowest = { ms, what: `${c.method} ${c.url.slice(0, 60)} (${c.kind})` };
  casesByRole[c.role]++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  // A sign-out route (or a path that led to one) ended the session: sign in afresh for the next case.
  if (cookie && (res.status === 401 || /bmrts_session=;/.test(res.headers.get('set-cookie') ?? ''))) cookies.delete(c.role);
  const found = violations(c, { status: res.status, contentType: res.headers.get('content-type') ?? '', text, ms });
  if (found.length) {
    const shown = {
      ...c,
      body: typeof c.body === 'string' ? c.body.slice(0, 300) : c.body === undefined ? undefined : c.body.constructor.name,
      url: c.url.slice(0, 300),
    };
    throw new Error(`${c.method} ${c.url.slice(0, 200)} as ${c.role} (${c.kind}): ${found.join('; ')}\n${JSON.stringify(shown)}`);
  }
}

beforeAll(async () => {
  console.log(`hostile input: seed ${SEED} (set HOSTILE_SEED to replay another), ${operations.length} routes × ${RUNS_PER_ROUTE} cases`);
  world = await buildWorld();
  before = await tableChecksums(world.t.handle);
  latest = before;
  started = performance.now();
});

afterAll(async () => {
  await world?.t.close();
});

describe('hostile input', () => {
  it('finds the documented routes to attack', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter((op) => op.body).length).toBeGreaterThan(10);
  });

  for (const [index, op] of operations.entries()) {
    it(`${op.key}: refuses hostile input with a JSON error and changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(casesFor(op, world.real), (c) => sendCase(c)),
        { seed: SEED + index, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
      // Compared with the state after the previous route, so a change is blamed on the route that made it.
      const after = await tableChecksums(world.t.handle);
      const changed = Object.keys(after).filter((table) => after[table] !== latest[table]);
      latest = after;
      expect(changed, `${op.key} changed these tables`).toEqual([]);
    });
  }

  it(`sent at least ${TOTAL_CASES.toLocaleString('en')} cases, as every role, and left the database as it was`, async () => {
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `hostile input: ${cases} cases in ${seconds.toFixed(1)} s (seed ${SEED}); by role ${JSON.stringify(casesByRole)}; by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; slowest ${Math.round(slowest.ms)} ms: ${slowest.what}`,
    );
    expect(cases).toBeGreaterThanOrEqual(TOTAL_CASES);
    for (const n of Object.values(casesByRole)) expect(n).toBeGreaterThan(TOTAL_CASES / 8);
    expect(await tableChecksums(world.t.handle)).toEqual(before);

    // The tables left out of the checksum, on their own terms (see SESSION_TABLES).
    expect(SESSION_TABLES).toEqual(['sessions', 'sign_in_attempts']);
    const signedIn = new Set(
      Object.values(world.users)
        .map((u) => u.id)
        .concat(world.office.unitK01.id, world.office.admin.id),
    );
    const sessionOwners = await world.t.handle.db.selectFrom('sessions').select('user_id').distinct().execute();
    // No hostile body ever signed anybody else in.
    for (const { user_id } of sessionOwners) expect(signedIn.has(user_id), `a session for ${user_id}`).toBe(true);
    // No hostile body reached a real account's password check, so none of them is throttled or locked.
    const usernames = (await world.t.handle.db.selectFrom('users').select('username').execute()).map((u) => u.username.toLowerCase());
    const attempts = await world.t.handle.db.selectFrom('sign_in_attempts').select('username_key').execute();
    expect(attempts.filter((a) => usernames.includes(a.username_key))).toEqual([]);
    // Stronger still: every generated sign-in body is malformed, so not even an unknown username was counted.
    expect(attempts).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*) as n from sign_in_attempts`.execute(world.t.handle.db);
    console.log(`hostile input: ${rows[0]?.n ?? 0} failed sign-in usernames counted (no hostile body is a well-formed sign-in)`);
  });
});
