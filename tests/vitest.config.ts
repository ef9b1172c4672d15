// Test projects: unit (shared), db, api (createApp + app.request) and build (bundle budget) run by `npm test`;
// e2e (Chromium) by `npm run test:e2e`; crash (SIGKILL rounds) by `npm run test:crash`. With TEST_DATABASE_URL set
// (postgres://… of a cluster where we may create databases), db-pg and api-pg run the same db and api files again on PostgreSQL, in the same `npm test`.
import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

const SQLITE_TEMPLATE = 'support/sqlite-global-setup.ts';
const WORKERS = Math.max(2, availableParallelism());

const onPostgres = (name: string, include: string[]): TestProjectConfiguration => ({
  test: {
    name: `${name}-pg`,
    include,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // These tests spend much of their time waiting on the PostgreSQL server: one worker more than vitest's default,
    // in a group of their own after the SQLite projects.
    maxWorkers: WORKERS,
    sequence: { groupOrder: 1 },
    // tests/support/test-database.ts reads this; the global setup builds the migrated template the tests clone,
    // the setup file drops each test file's databases once it is done.
    env: { BMRTS_TEST_ENGINE: 'postgres' },
    globalSetup: ['support/postgres-global-setup.ts'],
    setupFiles: ['support/postgres-setup-file.ts'],
  },
});

export default defineConfig({
  test: {
    projects: [
      // unit, db, api and build run together with two workers at least, as the PostgreSQL projects do: vitest's default
      // is one fewer than the cores, one on a 2-core machine, where a worker spends much of each file importing modules
      // and much of each SQLite test waiting on fsync.
      { test: { name: 'unit', include: ['unit/**/*.test.ts'], maxWorkers: WORKERS } },
      // Each builds one migrated SQLite file per run, which every test wanting a migrated database copies.
      { test: { name: 'db', include: ['db/**/*.test.ts'], testTimeout: 30_000, globalSetup: [SQLITE_TEMPLATE], maxWorkers: WORKERS } },
      { test: { name: 'api', include: ['api/**/*.test.ts'], testTimeout: 30_000, globalSetup: [SQLITE_TEMPLATE], maxWorkers: WORKERS } },
      ...(process.env.TEST_DATABASE_URL ? [onPostgres('db', ['db/**/*.test.ts']), onPostgres('api', ['api/**/*.test.ts'])] : []),
      { test: { name: 'build', include: ['build/**/*.test.ts'], testTimeout: 120_000, maxWorkers: WORKERS } },
      // SIGKILL rounds against the real server process: `npm run test:crash`, not part of `npm test`.
      { test: { name: 'crash', include: ['crash/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false } },
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
