// The installed app with no network: after one visit the service worker shows the Thai offline page instead of the
// browser's error, and a decision attempted offline fails with a Thai message and is never sent later (issue 15, item 10).
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { screenshot } from './support/page-checks';

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

/** Waits until the service worker is installed, active and controls the page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
}

async function version(page: Page): Promise<number> {
  return Number(await page.getByTestId('request-page').getAttribute('data-version'));
}

describe('the app without a network', () => {
  for (const [widthName, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } })) {
    it(`shows the Thai offline page, not the browser's error, when a visited app is reopened offline (${widthName})`, async () => {
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport, locale: 'th-TH' });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByTestId('login-username').waitFor();
      await controlledByServiceWorker(page);

      await context.setOffline(true);
      for (const path of ['/login', '/requests']) {
        await page.goto(path);
        await page.getByTestId('offline-page').waitFor();
        expect(await page.locator('h1').textContent()).toBe('ไม่มีการเชื่อมต่ออินเทอร์เน็ต');
      }
      await screenshot(page, `offline-${widthName}`);

      await context.setOffline(false);
      await page.getByRole('link', { name: 'ลองอีกครั้ง' }).click();
      await page.getByTestId('login-username').waitFor();
      await context.close();
    });
  }

  it('refuses a decision made offline with a Thai message and sends nothing once the network is back', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', { width: 360, height: 740 });
    await controlledByServiceWorker(page);
    const id = await page.evaluate(async () => {
      const body = (await (await fetch('/api/inbox?limit=1')).json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? '';
    });
    expect(id, 'analyst1 has a request waiting in the demo data').not.toBe('');
    await page.goto(`/requests/${id}`);
    await page.getByTestId('request-page').waitFor();
    // The app has taken the drawn page over (its buttons wait, disabled, until then): the network goes after that.
    await expect.poll(() => page.getByTestId('action-APPROVE').isEnabled()).toBe(true);
    const before = await version(page);
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/api/')) sent.push(request);
    });

    await page.context().setOffline(true);
    await page.getByTestId('action-APPROVE').click();
    await page.getByTestId('action-confirm').click();
    const error = page.getByTestId('action-error');
    await error.first().waitFor();
    expect(await error.first().textContent()).toContain('ไม่มีการเชื่อมต่ออินเทอร์เน็ต');
    await screenshot(page, 'offline-decision-phone');

    sent.length = 0;
    await page.context().setOffline(false);
    // Long enough for a queued request (background sync, a retry on 'online') to have gone out, if there were one.
    await page.waitForTimeout(3_000);
    expect(sent.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    const now = await page.evaluate(async (requestId) => {
      const body = (await (await fetch(`/api/requests/${requestId}`)).json()) as { version: number };
      return body.version;
    }, id);
    expect(now).toBe(before);
  });
});
