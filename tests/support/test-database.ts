// Which database a test runs on, and a fresh one of it per test: a SQLite file in a temporary folder by default,
// or a new PostgreSQL database in the projects db-pg and api-pg (they exist only when TEST_DATABASE_URL is set).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { SQLITE_FILE_NAME, createDatabase, type DatabaseEngine, type DatabaseHandle } from '@bmrts/db';
import { databaseUrlFor } from './postgres-test-cluster';
import { acquirePostgresDatabase, clonePostgresDatabase, clusterUrl, releasePostgresDatabase } from './postgres-test-databases';
import { sqliteTemplate } from './sqlite-template';

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
  return postgresDatabase(await acquirePostgresDatabase(migrated), migrated);
}

function postgresDatabase(name: string, migrated: boolean): TestDatabase {
  const url = databaseUrlFor(clusterUrl(), name);
  return {
    engine: 'postgres',
    open: () => createDatabase({ databaseUrl: url, poolSize: TEST_POOL_SIZE }),
    env: { DATABASE_URL: url },
    release: () => releasePostgresDatabase(name, migrated),
  };
}

/** A new SQLite database in its own folder: empty, or a copy of the `template` file. */
function sqliteDatabase(template: string | null): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'bmrts-test-'));
  if (template) copyFileSync(template, join(dir, SQLITE_FILE_NAME));
  return {
    engine: 'sqlite',
    open: () => createDatabase({ dataDir: dir }),
    env: { DATA_DIR: dir },
    release: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function freshSqlite(migrated: boolean): Promise<TestDatabase> {
  // The run's migrated file (tests/support/sqlite-global-setup.ts), copied rather than migrated again.
  return sqliteDatabase(migrated ? inject('bmrtsSqliteTemplate') : null);
}

/** A new, empty database of the engine under test; `migrated` brings it to the latest schema (no rows). */
export function freshTestDatabase(options: { migrated: boolean }): Promise<TestDatabase> {
  return onPostgres ? freshPostgres(options.migrated) : freshSqlite(options.migrated);
}

/**
 * Databases made once per test file by `build` (run on a fresh migrated database) and copied for each test that asks
 * for one: the SQLite file copied, or a PostgreSQL database created from it as its template. For setups that cost
 * seconds, such as the demo seed; each test still gets a database of its own.
 */
export function templatedTestDatabase(
  build: (handle: DatabaseHandle, template: TestDatabase) => Promise<void>,
): () => Promise<TestDatabase> {
  // The template is never released by a test: a SQLite one goes with its folder, a PostgreSQL one with the run.
  const buildClosed = async (template: TestDatabase) => {
    const handle = template.open();
    try {
      await build(handle, { ...template, release: async () => {} });
    } finally {
      // Closed before it is copied: a SQLite file then holds its WAL, and PostgreSQL copies no database in use.
      await handle.close();
    }
  };
  if (!onPostgres) {
    const template = sqliteTemplate(async (dir) => {
      copyFileSync(inject('bmrtsSqliteTemplate'), join(dir, SQLITE_FILE_NAME));
      await buildClosed({
        engine: 'sqlite',
        open: () => createDatabase({ dataDir: dir }),
        env: { DATA_DIR: dir },
        release: async () => {},
      });
    });
    return async () => sqliteDatabase(await template());
  }
  let template: Promise<string> | undefined;
  return async () => {
    template ??= (async () => {
      // Kept to the end of the run, whose global teardown drops every database of its prefix.
      const name = await acquirePostgresDatabase(true);
      await buildClosed(postgresDatabase(name, true));
      return name;
    })();
    return postgresDatabase(await clonePostgresDatabase(await template), true);
  };
}
