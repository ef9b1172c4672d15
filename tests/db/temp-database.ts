// Each db test opens its own SQLite file in a fresh temporary folder and removes it when done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { createDatabase, hashPassword, migrateToLatest, seedDemoData, seedReferenceData } from '@bmrts/db';

export interface TempDatabase {
  db: Kysely<Database>;
  file: string;
  close(): Promise<void>;
}

/** A new SQLite file; `reopen` opens the same file again (to test what survives a restart). */
export function openTempDatabase(): TempDatabase & { reopen(): TempDatabase } {
  const dir = mkdtempSync(join(tmpdir(), 'bmrts-db-test-'));
  const file = join(dir, 'test.db');
  const open = (): TempDatabase => {
    const handle = createDatabase({ sqliteFile: file });
    return { db: handle.db, file, close: () => handle.close() };
  };
  const first = open();
  return {
    ...first,
    reopen: open,
    async close() {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo is generated relative to this instant: a Tuesday morning in fiscal year 2570. */
export const DEMO_NOW = new Date('2026-11-24T03:15:00.000Z');

/** A deliberately cheap hash: the tests check the seed, not scrypt's cost. */
export function cheapPasswordHash(): Promise<string> {
  return hashPassword('x', { N: 1024, r: 8, p: 1 });
}

export async function migratedDatabase(): Promise<TempDatabase> {
  const temp = openTempDatabase();
  await migrateToLatest(temp.db);
  return temp;
}

export async function demoDatabase(now: Date = DEMO_NOW): Promise<TempDatabase> {
  const temp = await migratedDatabase();
  await seedReferenceData(temp.db, now.toISOString());
  await seedDemoData(temp.db, { now, passwordHash: await cheapPasswordHash() });
  return temp;
}
