// SQLite's WAL is checkpointed on a worker thread and kept under its cap, so no COMMIT pays for a checkpoint
// and the WAL cannot grow without bound; what was committed is all there after a reopen.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '@bmrts/db';
import { watchWal } from '../../db/src/sqlite/checkpointer';
import { onPostgres } from '../support/test-database';

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

/** Longer than the checkpoint worker's busy_timeout (2 s), so its SQLite gives up with SQLITE_BUSY while we hold the file. */
const LOCK_HELD_MS = 3_000;

describe.skipIf(onPostgres)('WAL checkpoints (SQLite)', () => {
  it('leaves checkpoints out of every COMMIT, truncates the WAL past its cap, and keeps every committed row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmrts-wal-'));
    const file = join(dir, 'bmrts.db');
    const cap = 256 * 1024;
    try {
      const handle = createDatabase({ sqliteFile: file, walCapBytes: cap });
      const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db);
      expect(rows[0]?.wal_autocheckpoint).toBe(0);

      await sql`create table filler (id integer primary key, body blob not null)`.execute(handle.db);
      const body = Buffer.alloc(4096, 7);
      let largest = 0;
      // 400 commits of one 4 KiB page each: about 1.7 MB of WAL frames, six times the cap.
      for (let i = 0; i < 400; i++) {
        await handle.db.transaction().execute((trx) => sql`insert into filler (body) values (${body})`.execute(trx));
        largest = Math.max(largest, walBytes(file));
      }
      expect(largest).toBeGreaterThan(0);
      expect(await eventually(() => walBytes(file) <= cap, 5_000), `WAL is ${walBytes(file)} bytes, cap ${cap}`).toBe(true);
      await handle.close();

      const reopened = createDatabase({ sqliteFile: file });
      const count = await sql<{ n: number }>`select count(*) as n from filler`.execute(reopened.db);
      expect(Number(count.rows[0]?.n)).toBe(400);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('keeps checkpointing a database it found locked, once the lock is let go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmrts-wal-busy-'));
    const file = join(dir, 'bmrts.db');
    const cap = 256 * 1024;
    // Another connection holds the whole file, as a backup tool's probe or a closing last connection does. While the
    // app's own connections have the file open SQLite refuses this lock, so it is taken before the worker watches.
    const holder = new SQLite(file);
    holder.pragma('journal_mode = WAL');
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('create table filler (id integer primary key, body blob not null)');
    const stopCheckpoints = watchWal(file, () => undefined, cap);
    let app: SQLite.Database | null = null;
    try {
      await new Promise((resolve) => setTimeout(resolve, LOCK_HELD_MS));
      holder.close();

      // The app writes as the server's writer does: no automatic checkpoint, the worker's job alone.
      app = new SQLite(file);
      app.pragma('wal_autocheckpoint = 0');
      const insert = app.prepare('insert into filler (body) values (?)');
      const body = Buffer.alloc(4096, 7);
      // 400 commits of a 4 KiB row each: megabytes of WAL frames, many times the cap.
      for (let i = 0; i < 400; i++) insert.run(body);
      expect(walBytes(file)).toBeGreaterThan(cap);
      expect(await eventually(() => walBytes(file) <= cap, 5_000), `WAL is ${walBytes(file)} bytes, cap ${cap}`).toBe(true);
    } finally {
      if (holder.open) holder.close();
      await stopCheckpoints();
      app?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
