// close() leaves the SQLite file whole by itself: no -wal beside it, no connection of ours still holding it. SQLite
// folds the WAL in and deletes it only in the last connection to close, so close() lets go of the reader, then the
// checkpoint worker's connection, and closes the writer last and alone; a copy taken after close() needs nothing else.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@bmrts/db';
import { onPostgres } from '../support/test-database';

/**
 * The writer's page cache is 32 MiB (tuning.ts); a database this big fills it, as a server's does after a while. Letting
 * go of a full cache keeps the writer's close going for milliseconds, long enough for the worker's close to overlap it:
 * before close() waited for the worker, about half of such closes left the WAL (3–5 in each run of 8–10), with or
 * without busy loops beside the test (a busy CPU is what showed the bug in the crash test's fixture; here it added nothing).
 */
const FILLER_MIB = 32;
/** At that rate, eight closes all staying clean by luck would happen in about one run in a hundred, or fewer. */
const CLOSES = 8;

/** Paths of the files this process holds open (Linux), connections of the checkpoint worker's thread included. */
function openFilesOf(file: string): string[] {
  const held: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(file)) held.push(target);
    } catch {
      // closed between the listing and the look
    }
  }
  return held;
}

describe.skipIf(onPostgres || !existsSync('/proc/self/fd'))('closing the SQLite database', () => {
  let dir: string;
  let filled: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bmrts-close-'));
    // Built on one plain connection in rollback-journal mode: nothing of the code under test is involved yet.
    filled = join(dir, 'filled.db');
    const builder = new SQLite(filled);
    builder.pragma('synchronous = OFF');
    builder.exec('create table filler (id integer primary key, body blob not null)');
    builder
      .prepare(
        'with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) insert into filler (body) select zeroblob(4000) from n',
      )
      .run(FILLER_MIB * 256);
    builder.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no WAL behind, close after close, when the writer has a full page cache', async () => {
    // One file opened and closed again and again, as a server restarted on its data; a WAL left over is recovered at the next open.
    const file = join(dir, 'reopened.db');
    copyFileSync(filled, file);
    const walLeft: number[] = [];
    for (let round = 1; round <= CLOSES; round++) {
      // The connections the server has: the writer, the reader and the checkpoint worker's, all having used the file.
      const handle = createDatabase({ sqliteFile: file });
      await sql`insert into filler (body) values (zeroblob(10))`.execute(handle.db);
      await sql`select id from filler order by id desc limit 1`.execute(handle.reader);
      await sql`select sum(length(body)) from filler`.execute(handle.db);
      await handle.close();
      if (existsSync(`${file}-wal`)) walLeft.push(round);
      expect(openFilesOf(file)).toEqual([]);
    }
    expect(walLeft, `closes that left a WAL: ${walLeft.join(', ')} of ${CLOSES}`).toEqual([]);
  }, 60_000);

  it('closes every connection it opened, even those never used', async () => {
    const file = join(dir, 'unused.db');
    copyFileSync(filled, file);
    const handle = createDatabase({ sqliteFile: file });
    await handle.close();
    expect(openFilesOf(file)).toEqual([]);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
