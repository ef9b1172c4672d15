// Which database a test runs on, and a fresh one of it per test: a SQLite file in a temporary folder by default,
// or a new PostgreSQL database in the projects db-pg and api-pg (they exist only when TEST_DATABASE_URL is set).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest, type DatabaseEngine, type DatabaseHandle } from '@bmrts/db';
import { databaseUrlFor } from './postgres-test-cluster';
import { acquirePostgresDatabase, clusterUrl, releasePostgresDatabase } from './postgres-test-databases';

/** Set by the vitest project (tests/vitest.config.ts); nothing else chooses the engine. */
export const testEngine: DatabaseEngine = process.env.BMRTS_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = testEngine === 'postgres';

export interface TestDatabase {
  engine: DatabaseEngine;
  /** Opens a new handle (its own connections) on this database, as another process or a restart would. */
  open(): DatabaseHandle;
  /** What a spawned server or CLI needs to find this database. */
  env: { DATABASE_URL: string } | { DATA_DIR: string };
  /** Done with it (close every handle first): removed, or on PostgreSQL emptied of rows for this file's next test. */
  release(): Promise<void>;
}

/** Keeps each test's pool small: several apps and files run at once against one PostgreSQL cluster. */
const TEST_POOL_SIZE = 4;

async function freshPostgres(migrated: boolean): Promise<TestDatabase> {
  const name = await acquirePostgresDatabase(migrated);
  const url = databaseUrlFor(clusterUrl(), name);
  return {
    engine: 'postgres',
    open: () => createDatabase({ databaseUrl: url, poolSize: TEST_POOL_SIZE }),
    env: { DATABASE_URL: url },
    release: () => releasePostgresDatabase(name, migrated),
  };
}

async function freshSqlite(migrated: boolean): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'bmrts-test-'));
  const open = () => createDatabase({ dataDir: dir });
  if (migrated) {
    const handle = open();
    await migrateToLatest(handle.db);
    await handle.close();
  }
  return { engine: 'sqlite', open, env: { DATA_DIR: dir }, release: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new, empty database of the engine under test; `migrated` brings it to the latest schema (no rows). */
export function freshTestDatabase(options: { migrated: boolean }): Promise<TestDatabase> {
  return onPostgres ? freshPostgres(options.migrated) : freshSqlite(options.migrated);
}
