// /admin/users on a phone: with the demo's ~85 accounts the page stays a few screens tall (short rows, a page of users
// and "show more"), every control is a 44 px target, and a user is found by name, unit or level and edited, one at a
// time. At 1280 px the desk table keeps its columns and its edit button.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { horizontalOverflow, screenshot, settled } from './support/page-checks';
import { smallTargets } from './support/target-size';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 360, height: 740 } as const;
const DESK = { width: 1280, height: 900 } as const;
/** A phone user scrolls a few screens, not forty (the page was about 28,000 px tall with every user a tall card). */
const MAX_PHONE_HEIGHT = 4000;

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const usernames = (page: Page) => page.getByTestId('user-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-username')));

async function openUsers(page: Page) {
  await page.goto('/admin/users');
  await page.getByTestId('users-count').waitFor();
  await settled(page);
}

describe('the users page on a phone', () => {
  it('is a few screens tall with 44 px targets, pages the list, and finds and edits one user at a time', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin', PHONE);
    await openUsers(page);
    await screenshot(page, 'phone-admin-users');
    expect(await pageHeight(page), 'page height at 360 px').toBeLessThan(MAX_PHONE_HEIGHT);
    expect(await smallTargets(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // A page of users, then the next.
    const firstPage = (await usernames(page)).length;
    expect(firstPage).toBeGreaterThan(0);
    await page.getByTestId('users-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="user-row"]').length > n, firstPage);
    expect((await usernames(page)).length).toBeGreaterThan(firstPage);

    // By unit: the Public Works Department's staff account.
    await page.getByTestId('user-filter-unit').selectOption('D09');
    await page.getByTestId('user-filter-apply').click();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="user-row"]'));
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-username') === 'unit2');
    });
    expect(await usernames(page)).toEqual(['unit2']);

    // By level and name: the analysts, then one of them.
    await page.getByTestId('user-filter-unit').selectOption('');
    await page.getByTestId('user-filter-level').selectOption('2');
    await page.getByTestId('user-filter-apply').click();
    await page.waitForFunction(() => document.querySelector('[data-username="analyst1"]') !== null);
    expect(await usernames(page)).toEqual(['analyst1', 'analyst2', 'analyst3', 'analyst4']);
    await page.getByTestId('user-filter-q').fill('analyst3');
    await page.getByTestId('user-filter-apply').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="user-row"]').length === 1);

    await page.getByTestId('edit-user-analyst3').click();
    const panel = page.getByTestId('edit-user-panel');
    await panel.waitFor();
    expect(await page.getByTestId('edit-user-panel').count()).toBe(1);
    await page.getByTestId('edit-user-name').fill('นางสาววิเคราะห์ แก้ไขบนมือถือ');
    await page.getByTestId('edit-user-save').click();
    await page.getByTestId('edit-user-form').getByRole('status').waitFor();
    await page.waitForFunction(() => (document.querySelector('[data-username="analyst3"]')?.textContent ?? '').includes('แก้ไขบนมือถือ'));
    await settled(page);
    await screenshot(page, 'phone-admin-users-editing');
    expect(await smallTargets(page), 'with a user open').toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByTestId('edit-user-close').click();
    expect(await page.getByTestId('edit-user-panel').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the desk table with its columns and edit buttons at 1280 px', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin', DESK);
    await openUsers(page);
    await screenshot(page, 'desk-admin-users-list');
    expect(await page.locator('[data-testid="users-table"] thead').isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByTestId('edit-user-analyst1').click();
    await page.getByTestId('edit-user-panel').waitFor();
    expect(await page.getByTestId('edit-user-name').inputValue()).not.toBe('');
    await page.context().close();
  });
});
