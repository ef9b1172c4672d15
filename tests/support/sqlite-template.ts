// SQLite template files for tests: a database built once and copied for each test that wants it. Closed, the file
// holds everything (the last connection's close checkpoints the WAL into it and removes it), so a copy of it is that
// database exactly.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '@bmrts/db';

/** The file, after checking that no WAL was left beside it (a copy without it would lose what the WAL holds). */
export function requireClosedSqliteFile(file: string): string {
  if (existsSync(`${file}-wal`)) throw new Error(`the SQLite template ${file} was left with a WAL: close every handle on it first`);
  return file;
}

/** A template built the first time it is asked for in this test file, by `build` in a folder of its own. */
export function sqliteTemplate(build: (dir: string) => Promise<void>): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () =>
    (made ??= (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bmrts-template-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      await build(dir);
      return requireClosedSqliteFile(join(dir, SQLITE_FILE_NAME));
    })());
}
