// Every role's pages in a real browser, at desk and phone widths: accessible, in Sarabun, no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { horizontalOverflow, rendersThaiInSarabun, screenshot, seriousAxeViolations, settled } from './support/page-checks';

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

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const ROLES = ['unit1', 'analyst1', 'head1', 'director1', 'deputy', 'deputygov', 'admin'] as const;

async function check(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  expect(await rendersThaiInSarabun(page), `${name}: Sarabun`).toBe(true);
  expect(await seriousAxeViolations(page), `${name}: axe`).toEqual([]);
}

/** The id of some request the signed-in user can see, newest first. */
async function someRequestId(page: Page, query = ''): Promise<string> {
  return page.evaluate(async (q) => {
    const res = await fetch(`/api/requests?limit=1${q}`);
    const body = (await res.json()) as { items: { id: string }[] };
    return body.items[0]?.id ?? '';
  }, query);
}

describe('pages by role', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    for (const username of ROLES) {
      it(`shows ${username} a home page fit for a ${widthName}`, async () => {
        const page = await signedInPage(browser, server.baseUrl, username, viewport);
        await check(page, `home-${username}-${widthName}`);
        expect(await horizontalOverflow(page), 'sideways scrolling').toBe(0);
        await page.context().close();
      });
    }

    it(`shows a request page fit for a ${widthName}`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      const id = await someRequestId(page, '&status=in_review');
      await page.goto(`/requests/${id}`);
      await page.getByTestId('request-page').waitFor();
      await check(page, `request-${widthName}`);
      expect(await horizontalOverflow(page), 'sideways scrolling').toBe(0);
      await page.context().close();
    });

    it(`shows the request list and the new-request form fit for a ${widthName}`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests');
      await page.getByTestId('request-list-table').waitFor();
      await check(page, `list-${widthName}`);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.goto('/requests/new');
      await page.getByTestId('request-form').waitFor();
      await check(page, `new-request-${widthName}`);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.context().close();
    });
  }

  it('shows an accessible login page in Sarabun', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: WIDTHS.phone });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    await check(page, 'login-phone');
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });
});

describe('access and language', () => {
  it('does not let a budget unit open another unit’s request by its address', async () => {
    const owner = await signedInPage(browser, server.baseUrl, 'unit1');
    const id = await someRequestId(owner);
    const title = await owner.evaluate(
      async (requestId) => ((await (await fetch(`/api/requests/${requestId}`)).json()) as { title: string }).title,
      id,
    );
    const stranger = await signedInPage(browser, server.baseUrl, 'unit2');
    await stranger.goto(`/requests/${id}`);
    await stranger.getByText('ไม่พบคำขอนี้ หรือคุณไม่มีสิทธิ์เข้าถึง').waitFor();
    expect(await stranger.getByTestId('request-page').count()).toBe(0);
    expect(await stranger.content()).not.toContain(title);
    await owner.context().close();
    await stranger.context().close();
  });

  it('switches the page to English and back to Thai', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('nav').first().textContent()).toMatch(/[A-Za-z]{4,}/);
    expect(await page.locator('nav').first().textContent()).not.toMatch(/[\u0E00-\u0E7F]/);
    await screenshot(page, 'home-analyst1-english');
    await page.reload();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en'); // the choice is remembered
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('th');
    await page.context().close();
  });
});
