// Names of the PostgreSQL databases one test run creates, so the run can find and remove every one of them.
import { randomBytes } from 'node:crypto';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template of this run, built by the global setup. */
    bmrtsPostgresTemplate: string;
    /** What every database of this run's project is named after. */
    bmrtsPostgresRunPrefix: string;
  }
}

/** Every database of ours starts with this, so a crashed run's leftovers are recognisable too. */
export const TEST_DATABASE_PREFIX = 'bmrts_test_';

/** One per project per run, so concurrent runs and the db-pg and api-pg projects never collide. */
export function newRunPrefix(): string {
  return `${TEST_DATABASE_PREFIX}${Date.now().toString(36)}${randomBytes(3).toString('hex')}_`;
}

export function testDatabaseName(runPrefix: string): string {
  return `${runPrefix}${randomBytes(5).toString('hex')}`;
}

/** The same server and credentials as `clusterUrl`, another database. */
export function databaseUrlFor(clusterUrl: string, database: string): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
