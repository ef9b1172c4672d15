// Group commit: decisions that share one COMMIT stay independent, and none is answered before that COMMIT returns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { verifyHistory } from '@bmrts/db';
import { createApp, createDecisionBatcher, uuidIds, type BatchHooks } from '@bmrts/server';
import { CHEAP_SCRYPT, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

/** The same database and clock behind an app whose batcher waits `windowMs` for company and reports to `hooks`. */
function appWithBatcher(windowMs: number, hooks: BatchHooks): TestApp {
  const decisions = createDecisionBatcher(t.handle.db, { windowMs, maxBatch: 64, hooks });
  const app = createApp({
    db: t.handle.db,
    clock: t.clock,
    ids: uuidIds,
    config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true, passwordCost: CHEAP_SCRYPT },
    decisions,
  });
  return { ...t, app };
}

async function submitted(title: string): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, allotment({ title })), 'SUBMIT');
}

async function stored(id: string) {
  const row = await t.handle.db
    .selectFrom('requests')
    .select(['status', 'level', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const events = await t.handle.db.selectFrom('request_events').select('type').where('request_id', '=', id).orderBy('seq').execute();
  return { ...row, history: events.map((e) => e.type) };
}

function decide(app: TestApp, cookie: string, request: RequestView, version = request.version) {
  return call<RequestView>(app, 'POST', `/api/requests/${request.id}/events`, { cookie, body: { type: 'APPROVE', version } });
}

describe('group commit', () => {
  it('commits the good decisions of one batch and rolls back only the refused ones (stale version, wrong level)', async () => {
    const first = await submitted('คำขอที่ 1');
    const stale = await submitted('คำขอที่เปิดค้างไว้นาน');
    // Already approved at level 2, so it now waits at level 3, where analyst A may not decide.
    const atLevel3 = await send(t, actors, office.analystA, await submitted('คำขอที่อยู่ระดับ 3'), 'APPROVE');
    const last = await submitted('คำขอที่ 4');
    const batches: number[] = [];
    const grouped = appWithBatcher(200, { afterCommit: (size) => batches.push(size) });
    const cookie = await actors.cookie(office.analystA);

    const answers = await Promise.all([
      decide(grouped, cookie, first),
      decide(grouped, cookie, stale, stale.version - 1),
      decide(grouped, cookie, atLevel3),
      decide(grouped, cookie, last),
    ]);

    expect(batches).toEqual([4]);
    expect(answers.map((a) => a.status)).toEqual([200, 409, 403, 200]);
    expect((answers[1]?.body as unknown as { error: { code: string } }).error.code).toBe('version_conflict');
    expect(await stored(first.id)).toMatchObject({ level: 3, version: first.version + 1, history: ['SUBMIT', 'APPROVE'] });
    expect(await stored(last.id)).toMatchObject({ level: 3, version: last.version + 1, history: ['SUBMIT', 'APPROVE'] });
    expect(await stored(stale.id)).toMatchObject({ level: 2, version: stale.version, history: ['SUBMIT'] });
    expect(await stored(atLevel3.id)).toMatchObject({ level: 3, version: atLevel3.version, history: ['SUBMIT', 'APPROVE'] });
    expect((await verifyHistory(t.handle.db)).ok).toBe(true);
  });

  it('keeps a decision and a refused one on the same request apart: one wins, the other is a conflict', async () => {
    const request = await submitted('คำขอเดียว ตัดสินสองครั้ง');
    const batches: number[] = [];
    const grouped = appWithBatcher(200, { afterCommit: (size) => batches.push(size) });
    const cookie = await actors.cookie(office.analystA);

    const answers = await Promise.all([decide(grouped, cookie, request), decide(grouped, cookie, request)]);

    expect(batches).toEqual([2]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await stored(request.id)).toMatchObject({ level: 3, version: request.version + 1, history: ['SUBMIT', 'APPROVE'] });
  });

  it('answers no decision of a batch before its COMMIT has returned', async () => {
    const requests = [await submitted('คำขอ ก'), await submitted('คำขอ ข'), await submitted('คำขอ ค')];
    let openCommit: () => void = () => undefined;
    const commitHeld = new Promise<void>((resolve) => (openCommit = resolve));
    let reachedCommit: () => void = () => undefined;
    const atCommit = new Promise<void>((resolve) => (reachedCommit = resolve));
    let committedAt = Number.POSITIVE_INFINITY;
    const grouped = appWithBatcher(20, {
      beforeCommit: async () => {
        reachedCommit();
        await commitHeld;
      },
      // The first COMMIT: under load a decision can miss the 20 ms window and form a second batch, whose COMMIT comes later.
      afterCommit: () => (committedAt = Math.min(committedAt, performance.now())),
    });
    const cookie = await actors.cookie(office.analystA);
    const answeredAt: number[] = [];
    const answers = requests.map((r) =>
      decide(grouped, cookie, r).then((answer) => {
        answeredAt.push(performance.now());
        return answer;
      }),
    );

    await atCommit;
    // Every decision has run in its savepoint; held before COMMIT, none may be answered yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answeredAt).toEqual([]);
    openCommit();

    expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answeredAt).toHaveLength(3);
    for (const at of answeredAt) expect(at).toBeGreaterThanOrEqual(committedAt);
  });

  it('stores nothing of a batch whose COMMIT fails, and answers every decision in it with an error', async () => {
    const requests = [await submitted('คำขอ ง'), await submitted('คำขอ จ')];
    const grouped = appWithBatcher(20, {
      beforeCommit: () => Promise.reject(new Error('disk full (simulated)')),
    });
    const cookie = await actors.cookie(office.analystA);

    const answers = await Promise.all(requests.map((r) => decide(grouped, cookie, r)));

    expect(answers.map((a) => a.status)).toEqual([500, 500]);
    for (const r of requests) expect(await stored(r.id)).toMatchObject({ level: 2, version: r.version, history: ['SUBMIT'] });
  });
});
