// SIGTERM under load: the real server stops accepting, finishes what is in flight, closes the database and exits 0; nothing it acknowledged is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReviewDatabase, checkDataDir, driveDecisions, signInOverHttp, type ReviewDatabase } from '../support/decision-load';
import { startServerProcess } from '../support/server-process';

let dataDir: string;
let review: ReviewDatabase;

beforeAll(async () => {
  if (process.env.BMRTS_TEST_ENGINE === 'postgres') return;
  dataDir = mkdtempSync(join(tmpdir(), 'bmrts-shutdown-'));
  review = await buildReviewDatabase(dataDir, 200);
}, 60_000);
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// The server process is started on SQLite here; api-pg (BMRTS_TEST_ENGINE=postgres) would only repeat the same run.
describe.skipIf(process.env.BMRTS_TEST_ENGINE === 'postgres')('graceful shutdown', () => {
  it('answers or refuses every decision sent around SIGTERM, and every answered one is in the database after restart', async () => {
    const server = await startServerProcess({ dataDir });
    const cookie = await signInOverHttp(server.baseUrl, review.reviewer.username, review.reviewer.password);
    const [late, ...queue] = review.pending;
    if (!late) throw new Error('no requests');

    let signalled = false;
    let answered = 0;
    let lateOutcome: number | 'connection error' | null = null;
    const sendLate = async () => {
      try {
        const res = await fetch(`${server.baseUrl}/api/requests/${late.id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ type: 'APPROVE', version: late.version }),
        });
        lateOutcome = res.status;
      } catch {
        lateOutcome = 'connection error';
      }
    };
    const shutdownStarted = async () => {
      while (!server.output().includes('SIGTERM: no longer accepting')) await new Promise((r) => setTimeout(r, 1));
    };
    let lateSent: Promise<void> = Promise.resolve();
    const log = await driveDecisions(server.baseUrl, cookie, queue, {
      connections: 32,
      onAcknowledged: () => {
        // Signal once the load is well under way, so decisions are in flight at that moment.
        if (++answered === 40) {
          signalled = true;
          void server.terminate();
          // Sent once the server has taken the signal: it must be refused or find no server, never applied.
          lateSent = shutdownStarted().then(sendLate);
        }
      },
    });
    await lateSent;
    const exitCode = await server.exited;

    expect(signalled).toBe(true);
    expect(exitCode, server.output()).toBe(0);
    expect(server.output()).toContain('shut down cleanly');
    expect(log.acknowledged.length).toBeGreaterThanOrEqual(40);
    // Everything sent after the signal was refused (503) or met a closed connection.
    expect(log.attempted).toBe(log.acknowledged.length + log.failed + [...log.refused.values()].reduce((a, b) => a + b, 0));
    expect(
      [...log.refused.keys()].every((status) => status === 503),
      JSON.stringify([...log.refused]),
    ).toBe(true);
    expect(lateOutcome === 503 || lateOutcome === 'connection error', String(lateOutcome)).toBe(true);

    // Restart on the same data, then look: the server opens it cleanly, and the database holds exactly what was acknowledged.
    const again = await startServerProcess({ dataDir });
    expect(await again.terminate()).toBe(0);
    const check = await checkDataDir(dataDir, log.acknowledged);
    expect(check.lost).toEqual([]);
    expect(check.doubled).toEqual([]);
    expect(check.historyOk, check.historyBroken.join('\n')).toBe(true);
    // Drained, not cut off: every decision that committed was also answered, so nothing was half-done behind the client's back.
    expect(check.applied).toBe(check.acknowledged);
  }, 60_000);
});
