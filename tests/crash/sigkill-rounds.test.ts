// `npm run test:crash`: ten rounds of SIGKILL under a load of concurrent decisions; after each restart every acknowledged decision is there, once, and the history verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReviewDatabase,
  checkDataDir,
  copyDatabase,
  driveDecisions,
  signInOverHttp,
  type ReviewDatabase,
} from '../support/decision-load';
import { startServerProcess } from '../support/server-process';

const ROUNDS = 10;
const CONNECTIONS = 32;
/** Enough waiting requests that the load is still running when the kill comes, even at a few thousand decisions a second. */
const REQUESTS = Number(process.env.CRASH_REQUESTS ?? 3000);
/** The kill comes at a random moment in this window after the load starts. */
const KILL_AFTER_MS: readonly [number, number] = [400, 1500];
/**
 * Without the scheduler: the fixture's requests were made at the test clock's DEFAULT_NOW, long past by the server's real
 * clock, so its first pass (started with the server) sent a reminder and an escalation for each of the 3000 before the
 * server answered its first health check — over 60 s, the start-up deadline, with two busy loops beside the test.
 * That pass ends before the load starts, so it was never part of what a round kills; and the restart is then timed
 * for what a crash costs, not for a backlog of notices.
 */
const SERVER_ENV = { SCHEDULER_ENABLED: 'false' };

let root: string;
let templateDir: string;
let review: ReviewDatabase;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bmrts-crash-'));
  templateDir = join(root, 'template');
  const started = performance.now();
  review = await buildReviewDatabase(templateDir, REQUESTS);
  console.log(`crash fixture: ${REQUESTS} requests waiting at level 2, built in ${Math.round(performance.now() - started)} ms`);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface RoundResult {
  round: number;
  killAfterMs: number;
  sent: number;
  acknowledged: number;
  applied: number;
  lost: number;
  doubled: number;
  restartMs: number;
  readyMs: number | null;
  historyOk: boolean;
}

const results: RoundResult[] = [];

describe('SIGKILL under load', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: every acknowledged decision survives the kill, none is applied twice, the history verifies`, async () => {
      const dataDir = join(root, `round-${round}`);
      copyDatabase(templateDir, dataDir);
      const server = await startServerProcess({ dataDir, env: SERVER_ENV });
      const cookie = await signInOverHttp(server.baseUrl, review.reviewer.username, review.reviewer.password);

      const killAfterMs = Math.round(KILL_AFTER_MS[0] + Math.random() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0]));
      let killed = false;
      const killer = setTimeout(() => {
        killed = true;
        void server.kill();
      }, killAfterMs);
      const log = await driveDecisions(server.baseUrl, cookie, review.pending, { connections: CONNECTIONS });
      clearTimeout(killer);
      await server.kill();
      // The load must still have been running when the kill came, or the round proves nothing about a crash.
      expect(killed, `the load ran out before the kill at ${killAfterMs} ms`).toBe(true);

      const restarted = await startServerProcess({ dataDir, env: SERVER_ENV });
      const restartMs = restarted.startupMs;
      expect(await restarted.terminate(), restarted.output()).toBe(0);

      const check = await checkDataDir(dataDir, log.acknowledged);
      const result: RoundResult = {
        round,
        killAfterMs,
        sent: log.attempted,
        acknowledged: check.acknowledged,
        applied: check.applied,
        lost: check.lost.length,
        doubled: check.doubled.length,
        restartMs: Math.round(restartMs),
        readyMs: restarted.readyMs,
        historyOk: check.historyOk,
      };
      results.push(result);
      console.log(
        `round ${round}: killed at ${killAfterMs} ms · sent ${result.sent} · acknowledged ${result.acknowledged} · stored ${result.applied} ` +
          `(${result.applied - result.acknowledged} committed but unanswered) · lost ${result.lost} · doubled ${result.doubled} · ` +
          `history ${result.historyOk ? 'intact' : 'BROKEN'} · restart ${result.restartMs} ms to healthy (server ready in ${result.readyMs ?? '?'} ms)`,
      );

      expect(check.lost).toEqual([]);
      expect(check.doubled).toEqual([]);
      expect(check.historyOk, check.historyBroken.join('\n')).toBe(true);
      expect(check.applied).toBeGreaterThanOrEqual(check.acknowledged);
      rmSync(dataDir, { recursive: true, force: true });
    }, 120_000);
  }

  afterAll(() => {
    if (results.length === 0) return;
    const sum = (pick: (r: RoundResult) => number) => results.reduce((total, r) => total + pick(r), 0);
    const restarts = results.map((r) => r.restartMs).sort((a, b) => a - b);
    console.log(
      `crash summary: ${results.length} rounds · acknowledged ${sum((r) => r.acknowledged)} · lost ${sum((r) => r.lost)} · doubled ${sum((r) => r.doubled)} · ` +
        `history intact in ${results.filter((r) => r.historyOk).length} · restart to healthy ${restarts[0]}–${restarts.at(-1)} ms ` +
        `(server's own start-up ${Math.min(...results.map((r) => r.readyMs ?? Infinity))}–${Math.max(...results.map((r) => r.readyMs ?? 0))} ms)`,
    );
  });
});
