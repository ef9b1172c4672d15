// The writer's BEGIN IMMEDIATE is tried again while SQLite answers "database is locked": nothing has run yet, so a
// batch of decisions waits for the lock instead of failing with 500 (seen under load when the checkpoint worker reset
// a WAL past its cap). The retries wait on timers, so the event loop, and whoever holds the lock in it, goes on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '@bmrts/db';
import { onPostgres } from '../support/test-database';

describe.skipIf(onPostgres)('the writer’s BEGIN (SQLite)', () => {
  it('waits for a write lock held past busy_timeout and then commits, instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bmrts-begin-'));
    const file = join(dir, 'bmrts.db');
    const handle = createDatabase({ sqliteFile: file });
    const other = new SQLite(file);
    try {
      await sql`create table t (id integer primary key)`.execute(handle.db);
      // SQLite's own wait gives up after 10 ms; the lock is held for 150 ms by a connection this thread releases.
      await sql`pragma busy_timeout = 10`.execute(handle.db);
      other.exec('begin immediate');
      const released = new Promise<void>((resolve) =>
        setTimeout(() => {
          other.exec('commit');
          resolve();
        }, 150),
      );
      await handle.db.transaction().execute((trx) =>
        trx
          .insertInto('t' as never)
          .values({ id: 1 } as never)
          .execute(),
      );
      await released;
      expect((await sql<{ n: number }>`select count(*) as n from t`.execute(handle.db)).rows[0]?.n).toBe(1);
    } finally {
      other.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
