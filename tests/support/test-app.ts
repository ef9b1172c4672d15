// Builds a real app on a fresh temporary database for one test (SQLite, or PostgreSQL in the -pg projects),
// with a clock the test controls.
import { seedReferenceData, type DatabaseHandle } from '@bmrts/db';
import { createApp, uuidIds, type AppConfig, type Clock } from '@bmrts/server';
import { freshTestDatabase, type TestDatabase } from './test-database';

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
  database: TestDatabase;
  close(): Promise<void>;
}

/** 10:00 Bangkok time on Monday 2 March 2026, a working day. */
export const DEFAULT_NOW = '2026-03-02T03:00:00.000Z';

function appOn(handle: DatabaseHandle, clock: TestClock, config: Partial<AppConfig>): TestApp['app'] {
  return createApp({
    db: handle.db,
    reader: handle.reader,
    clock,
    ids: uuidIds,
    config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true, passwordCost: CHEAP_SCRYPT, ...config },
  });
}

export async function makeTestApp(nowIso: string = DEFAULT_NOW, config: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await freshTestDatabase({ migrated: true });
  const handle = database.open();
  await seedReferenceData(handle.db, nowIso);
  const clock = new TestClock(new Date(nowIso));
  return {
    app: appOn(handle, clock, config),
    handle,
    clock,
    database,
    async close() {
      await handle.close();
      await database.release();
    },
  };
}

/**
 * A second app on the same database with its own connections, as a second server process behind a load
 * balancer would be; it shares the test's clock. Close it before the first.
 */
export function anotherAppOn(first: TestApp, config: Partial<AppConfig> = {}): TestApp {
  const handle = first.database.open();
  return { app: appOn(handle, first.clock, config), handle, clock: first.clock, database: first.database, close: () => handle.close() };
}

/** A second app in the same process on the very same connections: only what an app keeps in memory is its own. */
export function anotherAppOnSameHandle(first: TestApp, config: Partial<AppConfig> = {}): TestApp {
  return { ...first, app: appOn(first.handle, first.clock, config), close: async () => {} };
}
