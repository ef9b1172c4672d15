// Backups taken while decisions keep committing hold one consistent moment: everything committed before the backup began, whole requests with their whole histories.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import {
  SQLITE_FILE_NAME,
  backupSqlite,
  createDatabase,
  restoreSqlite,
  verifyHistory,
  type Database,
  type DatabaseHandle,
} from '@bmrts/db';
import { createApp, uuidIds } from '@bmrts/server';
import { buildReviewDatabase, type PendingDecision } from '../support/decision-load';
import { CHEAP_SCRYPT, DEFAULT_NOW, TestClock } from '../support/test-app';
import { REPO_ROOT, freePort } from '../support/server-process';

interface Snapshot {
  requests: Map<string, number>;
  events: Set<string>;
}

async function snapshot(db: Kysely<Database>): Promise<Snapshot> {
  const requests = await db.selectFrom('requests').select(['id', 'version']).execute();
  const events = await db.selectFrom('request_events').select('id').execute();
  return { requests: new Map(requests.map((r) => [r.id, r.version])), events: new Set(events.map((e) => e.id)) };
}

/** Approves the waiting requests one after another through the app, on the app's own connection, a little apart, until stopped. */
function startWriter(handle: DatabaseHandle, pending: PendingDecision[], reviewer: string, password: string, pauseMs = 10) {
  const app = createApp({
    db: handle.db,
    clock: new TestClock(new Date(DEFAULT_NOW)),
    ids: uuidIds,
    config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true, passwordCost: CHEAP_SCRYPT },
  });
  let stopped = false;
  let committed = 0;
  const done = (async () => {
    const signIn = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: reviewer, password }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    for (const decision of pending) {
      if (stopped) return;
      const res = await app.request(`/api/requests/${decision.id}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ type: 'APPROVE', version: decision.version }),
      });
      if (res.status !== 200) throw new Error(`writer: ${res.status} ${await res.text()}`);
      committed++;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  })();
  return {
    committed: () => committed,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

/** The restored database is one moment between `before` and `after`, internally whole, with every chain intact. */
async function expectMomentBetween(db: Kysely<Database>, before: Snapshot, after: Snapshot): Promise<void> {
  const restored = await snapshot(db);
  expect(restored.requests.size).toBe(before.requests.size);
  for (const id of before.events) expect(restored.events.has(id), `event ${id} committed before the backup`).toBe(true);
  for (const id of restored.events) expect(after.events.has(id), `event ${id} exists in the source`).toBe(true);
  const events = await db.selectFrom('request_events').select(['request_id']).execute();
  const perRequest = new Map<string, number>();
  for (const e of events) perRequest.set(e.request_id, (perRequest.get(e.request_id) ?? 0) + 1);
  // A request and its history were copied at the same instant: version = 1 + its events (nothing here edits a request).
  for (const [id, version] of restored.requests) expect(version, id).toBe(1 + (perRequest.get(id) ?? 0));
  const history = await verifyHistory(db);
  expect(history.ok, JSON.stringify(history.broken)).toBe(true);
  expect(history.eventsChecked).toBe(restored.events.size);
}

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let dataDir: string;
let pending: PendingDecision[];
let reviewer: { username: string; password: string };
beforeEach(async () => {
  dataDir = tempDir('bmrts-backup-');
  const review = await buildReviewDatabase(dataDir, 250);
  pending = review.pending;
  reviewer = review.reviewer;
}, 60_000);

// These exercise the SQLite file; PostgreSQL backups are pg_dump's (db-pg would only repeat the SQLite run).
describe.skipIf(process.env.BMRTS_TEST_ENGINE === 'postgres')('SQLite online backup', () => {
  it('copies the database while decisions keep committing, and the restored copy holds every request and event committed before it began', async () => {
    const handle = createDatabase({ dataDir });
    const writer = startWriter(handle, pending, reviewer.username, reviewer.password);
    try {
      while (writer.committed() < 20) await new Promise((r) => setTimeout(r, 5));
      const before = await snapshot(handle.db);
      const backupFile = join(dataDir, 'backups-test', 'copy.db');
      await expect(backupSqlite(join(dataDir, SQLITE_FILE_NAME), join(tempDir('bmrts-nodir-'), 'missing', 'x.db'))).rejects.toThrow();
      mkdirSync(join(dataDir, 'backups-test'));
      const copy = await backupSqlite(join(dataDir, SQLITE_FILE_NAME), backupFile);
      const committedDuringBackup = writer.committed();
      while (writer.committed() < committedDuringBackup + 10) await new Promise((r) => setTimeout(r, 5));
      const after = await snapshot(handle.db);
      expect(copy.pages).toBeGreaterThan(0);
      expect(after.events.size).toBeGreaterThan(before.events.size);

      const restoredDir = tempDir('bmrts-restored-');
      const restoredFile = join(restoredDir, SQLITE_FILE_NAME);
      const restored = await restoreSqlite(backupFile, restoredFile, join(restoredDir, 'backups', 'replaced.db'));
      expect(restored.replacedSavedTo).toBeNull();
      const reopened = createDatabase({ dataDir: restoredDir });
      try {
        await expectMomentBetween(reopened.db, before, after);
      } finally {
        await reopened.close();
      }
    } finally {
      await writer.stop();
      await handle.close();
    }
  });
});

function runCli(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URL: _url, ...inherited } = process.env;
  // Spawned, not spawnSync: the writer in this process keeps committing while the CLI works.
  const child = spawn(process.execPath, ['--import', 'tsx', `server/src/cli/${script}.ts`, ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, INIT_CWD: REPO_ROOT, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe.skipIf(process.env.BMRTS_TEST_ENGINE === 'postgres')('npm run backup and npm run restore', () => {
  it('backs up a database in use to DATA_DIR/backups, and restores it into an empty DATA_DIR; refuses to overwrite without --force or while in use', async () => {
    const port = String(await freePort());
    const handle = createDatabase({ dataDir });
    const writer = startWriter(handle, pending, reviewer.username, reviewer.password);
    let before: Snapshot;
    let after: Snapshot;
    let backupFile: string;
    try {
      while (writer.committed() < 10) await new Promise((r) => setTimeout(r, 5));
      before = await snapshot(handle.db);
      const backup = await runCli('backup', [], { DATA_DIR: dataDir, PORT: port });
      expect(backup.code, backup.output).toBe(0);
      after = await snapshot(handle.db);
      // The writer was still going when the backup finished: the copy was taken under writes.
      expect(writer.committed()).toBeLessThan(pending.length);
      const files = readdirSync(join(dataDir, 'backups'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^bmrts-\d{8}T\d{6}Z\.db$/);
      backupFile = join(dataDir, 'backups', files[0] ?? '');
      expect(backup.output).toContain(`Backed up ${join(dataDir, SQLITE_FILE_NAME)} to ${backupFile}`);
      expect(backup.output).toContain(`npm run restore -- ${backupFile}`);

      // The server's database is open (here, by the writer): restoring over it is refused even with --force.
      const overRunning = await runCli('restore', [backupFile, '--force'], { DATA_DIR: dataDir, PORT: port });
      expect(overRunning.code, overRunning.output).toBe(2);
      expect(overRunning.output).toContain('is open in another process');
    } finally {
      await writer.stop();
      await handle.close();
    }
    expect(after.events.size).toBeGreaterThan(before.events.size);

    const restoredDir = tempDir('bmrts-restored-');
    const restore = await runCli('restore', [backupFile], { DATA_DIR: restoredDir, PORT: port });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain('Every history chain is intact.');
    const reopened = createDatabase({ dataDir: restoredDir });
    try {
      await expectMomentBetween(reopened.db, before, after);
    } finally {
      await reopened.close();
    }

    const again = await runCli('restore', [backupFile], { DATA_DIR: restoredDir, PORT: port });
    expect(again.code, again.output).toBe(2);
    expect(again.output).toContain('Pass --force to replace it');

    const forced = await runCli('restore', [backupFile, '--force'], { DATA_DIR: restoredDir, PORT: port });
    expect(forced.code, forced.output).toBe(0);
    const kept = readdirSync(join(restoredDir, 'backups'));
    expect(kept).toEqual([expect.stringMatching(/^bmrts-replaced-\d{8}T\d{6}Z\.db$/)]);
    expect(existsSync(join(restoredDir, `${SQLITE_FILE_NAME}-wal`))).toBe(false);
  }, 60_000);
});
