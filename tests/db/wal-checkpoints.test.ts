// SQLite's WAL is checkpointed on a worker thread and kept under its cap, so no COMMIT pays for a checkpoint
// and the WAL cannot grow without bound; what was committed is all there after a reopen.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '@bmrts/db';
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
});
