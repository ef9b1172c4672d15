// The real server process runs the scheduler from the moment it starts, and on SIGTERM gives up its lease so another
// server need not wait for it to expire.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { startServerProcess } from '../support/server-process';

let t: TestApp;
let scratch: string;

beforeEach(async () => {
  t = await makeTestApp();
  scratch = mkdtempSync(join(tmpdir(), 'bmrts-scheduler-'));
});
afterEach(async () => {
  await t.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the scheduler in the server process', () => {
  it('runs at start, holds the lease while up, and releases it on SIGTERM', async () => {
    const where = t.database.env;
    const server = await startServerProcess(
      'DATA_DIR' in where ? { dataDir: where.DATA_DIR } : { dataDir: scratch, env: { DATABASE_URL: where.DATABASE_URL } },
    );
    try {
      let run: { holder: string; finished_at: string | null } | undefined;
      for (let i = 0; i < 200 && !run?.finished_at; i++) {
        run = await t.handle.db.selectFrom('scheduler_runs').select(['holder', 'finished_at']).executeTakeFirst();
        if (!run?.finished_at) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(run?.finished_at, server.output()).toBeTruthy();
      const lease = await t.handle.db.selectFrom('scheduler_leases').selectAll().executeTakeFirstOrThrow();
      expect(lease.holder).toBe(run?.holder);
      expect(Date.parse(lease.expires_at)).toBeGreaterThan(Date.now());
    } finally {
      expect(await server.terminate()).toBe(0);
    }
    const released = await t.handle.db.selectFrom('scheduler_leases').selectAll().executeTakeFirstOrThrow();
    expect(Date.parse(released.expires_at)).toBeLessThanOrEqual(Date.now());
  });
});
