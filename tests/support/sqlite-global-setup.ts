// Global setup of the db and api projects: one migrated SQLite file per run, copied by every test that wants a
// migrated database (tests/support/test-database.ts), as the PostgreSQL projects clone a migrated template database.
// Running every migration costs 0.3–0.9 s a test on a busy 2-core machine (a transaction and an fsync each); copying
// the closed file, a millisecond.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SQLITE_FILE_NAME, createDatabase, migrateToLatest } from '@bmrts/db';
import { requireClosedSqliteFile } from './sqlite-template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated SQLite file of this run, built by the db and api projects' global setup. */
    bmrtsSqliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'bmrts-template-'));
  const handle = createDatabase({ dataDir: dir });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  project.provide('bmrtsSqliteTemplate', requireClosedSqliteFile(join(dir, SQLITE_FILE_NAME)));
  return () => rmSync(dir, { recursive: true, force: true });
}
