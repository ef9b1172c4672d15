// Two server processes behind a load balancer share nothing but the database: a session, a sign-in limit and a
// decision made through one are in force through the other, and simultaneous changes through both stay exactly-once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyHistory } from '@bmrts/db';
import type { RequestView } from '@bmrts/shared';
import { anotherAppOn, makeTestApp, type TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';
import { PASSWORD, buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let first: TestApp;
let second: TestApp;
let office: Office;

beforeEach(async () => {
  first = await makeTestApp();
  second = anotherAppOn(first);
  office = await buildOffice(first.handle.db);
});
afterEach(async () => {
  await second.close();
  await first.close();
});

async function submitted(): Promise<RequestView> {
  const actors = new Actors(first);
  return send(first, actors, office.unitK01, await createDraft(first, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

describe('two servers on one database', () => {
  it('honours a session signed in on one server on the other, and ends it everywhere on sign-out', async () => {
    const cookie = await signIn(first, office.analystA);
    const there = await call(second, 'GET', '/api/session', { cookie });
    expect(there.status).toBe(200);
    expect(there.body.user.username).toBe(office.analystA.username);

    expect((await call(second, 'DELETE', '/api/session', { cookie })).status).toBe(204);
    expect((await call(first, 'GET', '/api/session', { cookie })).status).toBe(401);
  });

  it('counts failed sign-ins on either server towards the same limit', async () => {
    for (const app of [first, second, first]) {
      expect((await call(app, 'POST', '/api/session', { body: { username: office.analystA.username, password: 'wrong' } })).status).toBe(
        401,
      );
    }
    const fourth = await call(second, 'POST', '/api/session', { body: { username: office.analystA.username, password: PASSWORD } });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe('sign_in_throttled');
  });

  it('checks at most three of simultaneous wrong passwords for one username sent to both servers at once', async () => {
    const guesses = Array.from({ length: 24 }, (_, i) =>
      call(i % 2 === 0 ? first : second, 'POST', '/api/session', {
        body: { username: office.analystA.username, password: `guess-${i}` },
        from: `10.0.0.${i + 1}`,
      }),
    );
    const statuses = (await Promise.all(guesses)).map((answer) => answer.status);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(3);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429 || status === 503)).toBe(true);
  });

  it('shows a decision made on one server on the other, which refuses the same stale decision with 409', async () => {
    const request = await submitted();
    const cookie = await signIn(first, office.analystA);
    const decided = await call<RequestView>(first, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'APPROVE', version: request.version },
    });
    expect(decided.status).toBe(200);

    const stale = await call(second, 'POST', `/api/requests/${request.id}/events`, {
      cookie,
      body: { type: 'RETURN', version: request.version, comment: 'ขาดเอกสาร' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const seen = await call<RequestView>(second, 'GET', `/api/requests/${request.id}`, { cookie });
    expect({ version: seen.body.version, level: seen.body.level }).toEqual({ version: decided.body.version, level: decided.body.level });
  });

  // One SQLite file serves one server process (its writers queue inside that process); several servers need PostgreSQL.
  it.skipIf(!onPostgres)(
    'lets exactly one of simultaneous decisions on each request win across both servers, and keeps every history chain intact',
    async () => {
      const requests: RequestView[] = [];
      for (let i = 0; i < 6; i++) requests.push(await submitted());
      const cookie = await signIn(first, office.analystA);
      const decide = (app: TestApp, request: RequestView, type: 'APPROVE' | 'RETURN') =>
        call(app, 'POST', `/api/requests/${request.id}/events`, {
          cookie,
          body: { type, version: request.version, ...(type === 'RETURN' ? { comment: 'แก้ไข' } : {}) },
        });
      const outcomes = await Promise.all(
        requests.map(async (r) =>
          (await Promise.all([decide(first, r, 'APPROVE'), decide(second, r, 'RETURN'), decide(second, r, 'APPROVE')]))
            .map((res) => res.status)
            .sort(),
        ),
      );
      for (const statuses of outcomes) expect(statuses).toEqual([200, 409, 409]);
      const history = await verifyHistory(first.handle.db);
      expect(history.broken).toEqual([]);
      expect(history.eventsChecked).toBe(requests.length * 2);
    },
  );

  it.skipIf(!onPostgres)('appends simultaneous administrative changes from both servers to one unbroken audit chain', async () => {
    const admin = await signIn(first, office.admin);
    const days = ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29'];
    const responses = await Promise.all(
      days.map((date, i) =>
        call(i % 2 === 0 ? first : second, 'POST', '/api/admin/holidays', {
          cookie: admin,
          body: { date, nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday', kind: 'special' },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(days.map(() => 201));
    const seqs = (await first.handle.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(days.map((_, i) => i + 1));
    expect((await verifyHistory(first.handle.db)).broken).toEqual([]);
  });
});
