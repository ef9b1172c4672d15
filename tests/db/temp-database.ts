// Each db test opens its own fresh database (a SQLite file in a temporary folder, or a new PostgreSQL database
// in the db-pg project) and removes it when done.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { hashPassword, seedDemoData, seedReferenceData } from '@bmrts/db';
import { freshTestDatabase, templatedTestDatabase, type TestDatabase } from '../support/test-database';

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
  return openOn(await freshTestDatabase(options));
}

function openOn(database: TestDatabase): TempDatabase & { reopen(): Reopened } {
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

/** Seeds the reference data and the demo, as `npm start` does on an empty database. */
async function seedDemo(db: Kysely<Database>, now: Date): Promise<void> {
  await seedReferenceData(db, now.toISOString());
  await seedDemoData(db, { now, passwordHash: await cheapPasswordHash() });
}

/** The demo seeded for real on a new database: for a test of the seed itself, such as its coming out the same twice. */
export async function seededDemoDatabase(now: Date = DEMO_NOW): Promise<TempDatabase> {
  const temp = await migratedDatabase();
  await seedDemo(temp.db, now);
  return temp;
}

/** Seeding the demo takes seconds; each test file seeds it once per moment and each test gets a copy of its own. */
const demoCopies = new Map<string, () => Promise<TestDatabase>>();

/** A new database holding the demo as generated relative to `now`. */
export async function demoDatabase(now: Date = DEMO_NOW): Promise<TempDatabase> {
  const key = now.toISOString();
  let copy = demoCopies.get(key);
  if (!copy) {
    copy = templatedTestDatabase((handle) => seedDemo(handle.db, now));
    demoCopies.set(key, copy);
  }
  return openOn(await copy());
}
