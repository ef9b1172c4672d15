// Builds a real app on a fresh temporary database for one test (SQLite, or PostgreSQL in the -pg projects),
// with a clock the test controls.
import { seedReferenceData, type DatabaseHandle } from '@bmrts/db';
import { createApp, uuidIds, type AppConfig, type Clock } from '@bmrts/server';
import { freshTestDatabase, templatedTestDatabase, type TestDatabase } from './test-database';

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
 * Test apps on copies of one dataset that `build` makes through an app of its own, once per test file: for datasets
 * that take seconds to make through the API, which every test of a file needs the same. Each call gives a new app (its
 * own caches) on its own copy of the database, its clock where `build` left it, with what `build` returned.
 */
export function testAppsOnDataset<T>(
  nowIso: string,
  build: (t: TestApp) => Promise<T>,
  config: Partial<AppConfig> = {},
): () => Promise<TestApp & { dataset: T }> {
  let made: { dataset: T; endIso: string } | undefined;
  const copy = templatedTestDatabase(async (handle, database) => {
    await seedReferenceData(handle.db, nowIso);
    const clock = new TestClock(new Date(nowIso));
    const dataset = await build({ app: appOn(handle, clock, config), handle, clock, database, close: async () => {} });
    made = { dataset, endIso: clock.now().toISOString() };
  });
  return async () => {
    const database = await copy();
    if (!made) throw new Error('the dataset was not built');
    const handle = database.open();
    const clock = new TestClock(new Date(made.endIso));
    return {
      app: appOn(handle, clock, config),
      handle,
      clock,
      database,
      dataset: made.dataset,
      async close() {
        await handle.close();
        await database.release();
      },
    };
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
