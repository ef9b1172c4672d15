// The reminder scheduler seen by an administrator in a real browser: the real server runs it at start (the demo's
// overdue requests get their reminders), the admin page lists what it sent, and once it stops running (another server
// holds the lease and has gone quiet) the administrator's home page says so in red.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, SQLITE_FILE_NAME, type DatabaseHandle } from '@bmrts/db';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { launchBrowser, signedInPage } from './support/browser';
import { horizontalOverflow, screenshot, seriousAxeViolations, settled } from './support/page-checks';

let dataDir: string;
let server: ServerProcess;
let browser: Browser;
let database: DatabaseHandle;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bmrts-e2e-scheduler-'));
  server = await startServerProcess({ dataDir, env: { SEED_DEMO: 'true' } });
  database = createDatabase({ sqliteFile: join(dataDir, SQLITE_FILE_NAME) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await server?.terminate();
  rmSync(dataDir, { recursive: true, force: true });
});

async function firstRunFinished(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const run = await database.db
      .selectFrom('scheduler_runs')
      .select('finished_at')
      .where('finished_at', 'is not', null)
      .executeTakeFirst();
    if (run) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the scheduler did not run at start');
}

describe('the reminder scheduler', () => {
  it('lists its runs and the notices it sent, and warns the administrator in red once it has stopped running', async () => {
    await firstRunFinished();
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await settled(page);
    expect(await page.getByTestId('scheduler-late').count()).toBe(0);

    await page.goto('/admin/scheduler');
    await page.getByTestId('scheduler-ok').waitFor();
    await page.getByTestId('scheduler-jobs').waitFor();
    expect(await page.getByTestId('scheduler-jobs').locator('tbody tr').count()).toBeGreaterThan(0);
    await settled(page);
    await screenshot(page, 'admin-scheduler');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // Whoever got a reminder reads it in the bell, in Thai.
    const reminded = await database.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('users.username')
      .where('notifications.kind', '=', 'reminder')
      .executeTakeFirstOrThrow();
    const holder = await signedInPage(browser, server.baseUrl, reminded.username);
    await holder.getByTestId('notification-bell').click();
    await holder.getByTestId('notification-item').filter({ hasText: 'เกินเวลาเป้าหมายของระดับ' }).first().waitFor();
    await screenshot(holder, 'bell-reminder');

    // Another server took the lease for a day and hung; the last run was an hour ago.
    const now = Date.now();
    await database.db
      .updateTable('scheduler_leases')
      .set({ holder: 'hung-server', expires_at: new Date(now + 86_400_000).toISOString() })
      .execute();
    await database.db
      .updateTable('scheduler_runs')
      .set({ started_at: new Date(now - 3_600_000).toISOString() })
      .execute();

    await page.goto('/');
    const warning = page.getByRole('alert').filter({ hasText: 'ระบบแจ้งเตือนอัตโนมัติไม่ได้ทำงาน' });
    await warning.waitFor();
    expect(await warning.getAttribute('data-testid')).toBe('scheduler-late');
    const colour = await warning.evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(colour).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
    const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g + b).toBeLessThan(r);
    await screenshot(page, 'admin-home-scheduler-late');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Nobody else sees it: a reviewer's home page has no such alert.
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    await settled(analyst);
    expect(await analyst.getByTestId('scheduler-late').count()).toBe(0);
  });
});
