// Each db test opens its own fresh database (a SQLite file in a temporary folder, or a new PostgreSQL database
// in the db-pg project) and removes it when done.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { hashPassword, seedDemoData, seedReferenceData } from '@bmrts/db';
import { freshTestDatabase, type TestDatabase } from '../support/test-database';

export interface TempDatabase {
  db: Kysely<Database>;
  /** The database itself: open it again, or point a spawned CLI at it. */
  database: TestDatabase;
  close(): Promise<void>;
}

interface Reopened {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** A new, empty database; `reopen` opens it again with new connections (to test what survives a restart). */
export async function openTempDatabase(
  options: { migrated: boolean } = { migrated: false },
): Promise<TempDatabase & { reopen(): Reopened }> {
  const database = await freshTestDatabase(options);
  const open = (): Reopened => {
    const handle = database.open();
    return { db: handle.db, close: () => handle.close() };
  };
  const first = open();
  return {
    ...first,
    database,
    reopen: open,
    async close() {
      await first.close();
      await database.release();
    },
  };
}

/** The demo is generated relative to this instant: a Tuesday morning in fiscal year 2570. */
export const DEMO_NOW = new Date('2026-11-24T03:15:00.000Z');

/** A deliberately cheap hash: the tests check the seed, not scrypt's cost. */
export function cheapPasswordHash(): Promise<string> {
  return hashPassword('x', { N: 1024, r: 8, p: 1 });
}

export function migratedDatabase(): Promise<TempDatabase> {
  return openTempDatabase({ migrated: true });
}

export async function demoDatabase(now: Date = DEMO_NOW): Promise<TempDatabase> {
  const temp = await migratedDatabase();
  await seedReferenceData(temp.db, now.toISOString());
  await seedDemoData(temp.db, { now, passwordHash: await cheapPasswordHash() });
  return temp;
}
