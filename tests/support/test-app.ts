// Builds a real app on a fresh temporary SQLite database for one test, with a clock the test controls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest, seedReferenceData, type DatabaseHandle } from '@bmrts/db';
import { createApp, uuidIds, type AppConfig, type Clock } from '@bmrts/server';

export const CHEAP_SCRYPT = { N: 1024, r: 8, p: 1 };

export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  handle: DatabaseHandle;
  clock: TestClock;
  close(): Promise<void>;
}

/** 10:00 Bangkok time on Monday 2 March 2026, a working day. */
export const DEFAULT_NOW = '2026-03-02T03:00:00.000Z';

export async function makeTestApp(nowIso: string = DEFAULT_NOW, config: Partial<AppConfig> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'bmrts-test-'));
  const handle = createDatabase({ sqliteFile: join(dir, 'bmrts.db') });
  await migrateToLatest(handle.db);
  await seedReferenceData(handle.db, nowIso);
  const clock = new TestClock(new Date(nowIso));
  const app = createApp({
    db: handle.db,
    clock,
    ids: uuidIds,
    config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true, passwordCost: CHEAP_SCRYPT, ...config },
  });
  return {
    app,
    handle,
    clock,
    async close() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
