// Deciding on a phone (issue 15 item 5): at 360 px every tap target is at least 44×44 px, the header is one compact row
// with an accessible menu, the request page leads with its summary and a sticky action bar, the stepper folds to one line,
// the inbox's first screen holds a work item, the list's filters fold behind one button with chips, and rows are short.
// At 1280 px the desk layout keeps its open filters, its full stepper and its side column.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { SCREENSHOT_DIR, horizontalOverflow, screenshot, settled } from './support/page-checks';
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
const ROLES = ['unit1', 'analyst1', 'head1', 'director1', 'deputy', 'deputygov', 'admin'] as const;
const ADMIN_PAGES = ['/admin/users', '/admin/units', '/admin/holidays', '/admin/targets', '/admin/appointments'] as const;
/** The header's height and whether it is one row: every visible child of the header's row shares its top band. */
async function headerBox(page: Page): Promise<{ height: number; navVisible: boolean }> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    const nav = document.querySelector('.main-nav');
    return {
      height: header?.getBoundingClientRect().height ?? 0,
      navVisible: nav !== null && nav.getBoundingClientRect().height > 0 && getComputedStyle(nav).display !== 'none',
    };
  });
}

async function expectFitsAPhone(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, `phone-${name}`);
  expect(await smallTargets(page), `${name}: tap targets under 44×44 px`).toEqual([]);
  expect(await horizontalOverflow(page), `${name}: sideways scrolling`).toBe(0);
  const header = await headerBox(page);
  expect(header.height, `${name}: header height`).toBeLessThanOrEqual(64);
  expect(header.navVisible, `${name}: navigation folded into the menu`).toBe(false);
}

/** A request in the analyst's inbox (awaiting their decision). */
async function awaitingAnalyst(page: Page): Promise<string> {
  const inbox = (await (await page.request.get('/api/inbox?limit=1')).json()) as { items: { id: string }[] };
  const id = inbox.items[0]?.id;
  expect(id, 'the demo analyst has a request waiting').toBeDefined();
  return id ?? '';
}

describe('on a phone (360 × 740)', () => {
  for (const username of ROLES) {
    it(`gives ${username} a compact header and 44 px targets on home, the list and a request`, async () => {
      const page = await signedInPage(browser, server.baseUrl, username, PHONE);
      await expectFitsAPhone(page, `home-${username}`);
      await page.goto('/requests');
      await page.getByTestId('list-count').waitFor();
      await expectFitsAPhone(page, `list-${username}`);
      const first = page.getByTestId('request-row').first();
      if ((await first.count()) > 0) {
        await first.getByRole('link').first().click();
        await page.getByTestId('request-page').waitFor();
        await expectFitsAPhone(page, `request-${username}`);
        // The detail of the stepper, one tap away, has 44 px targets too.
        await page.getByTestId('stepper-toggle').click();
        expect(await smallTargets(page), 'stepper open').toEqual([]);
      }
      await page.context().close();
    });
  }

  it('gives an administrator 44 px targets on the administration pages and settings', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin', PHONE);
    for (const path of [...ADMIN_PAGES, '/settings']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      const name = `admin-${path.split('/').at(-1) ?? ''}`;
      await expectFitsAPhone(page, name);
      await page.screenshot({ path: `${SCREENSHOT_DIR}phone-${name}-first-screen.png` });
    }
    await page.context().close();
  });

  it('opens and closes the header menu by the button and Escape, moving the focus', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', PHONE);
    const button = page.getByTestId('menu-button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('nav-settings').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#site-menu') !== null), 'focus inside the menu').toBe(true);
    await screenshot(page, 'phone-menu-analyst1');
    expect(await smallTargets(page), 'menu open').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('nav-settings').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-button');
    // A link in the menu takes you there and folds the menu away.
    await button.click();
    await page.getByTestId('nav-settings').click();
    await page.waitForURL(/\/settings$/);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('shows the analyst a work item in the first screen of the inbox', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', PHONE);
    const row = page.getByTestId('request-row').first();
    await row.waitFor();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}phone-inbox-first-screen.png` });
    const box = await row.boundingBox();
    expect(box, 'first work item').not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), 'the first work item ends within the first screen').toBeLessThanOrEqual(PHONE.height);
    // A row is a short card: three lines and its buttons, not eight labelled lines.
    expect(box?.height ?? 0, 'row height').toBeLessThanOrEqual(170);
    await page.screenshot({ path: `${SCREENSHOT_DIR}phone-inbox-first-screen.png` });
    await page.context().close();
  });

  it('leads the request page with the summary and keeps the decision bar on screen while scrolling', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', PHONE);
    const id = await awaitingAnalyst(page);
    await page.goto(`/requests/${id}`);
    const approve = page.getByTestId('action-APPROVE');
    await approve.waitFor();
    await settled(page);
    const inView = async () => {
      const box = await approve.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
    };
    expect(await inView(), 'approve visible without scrolling').toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}phone-request-first-screen.png` });
    // The stepper is one line, "ระดับ 2 จาก N", its detail one tap away.
    const summary = await page.getByTestId('stepper-summary').innerText();
    expect(summary).toMatch(/ระดับ \d จาก \d/);
    expect(await page.getByTestId('stepper').isVisible()).toBe(false);
    const toggle = page.getByTestId('stepper-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('stepper').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView(), 'approve still on screen at the bottom of the page').toBe(true);
    await screenshot(page, 'phone-request-awaiting-analyst');
    // Choosing a decision opens its form in place, on screen.
    await page.getByTestId('action-RETURN').click();
    const comment = page.getByTestId('action-comment');
    const box = await comment.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= PHONE.height, 'comment box on screen').toBe(true);
    await screenshot(page, 'phone-request-deciding');
    await page.context().close();
  });

  it('folds the list filters behind one button and shows the ones in force as removable chips', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', PHONE);
    await page.goto('/requests');
    await page.getByTestId('list-count').waitFor();
    const toggle = page.getByTestId('filters-toggle');
    expect((await toggle.innerText()).trim()).toMatch(/^ตัวกรอง/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('request-filters').isVisible()).toBe(false);
    const firstRow = await page.getByTestId('request-row').first().boundingBox();
    expect((firstRow?.y ?? 0) + (firstRow?.height ?? 0), 'a row in the first screen').toBeLessThanOrEqual(PHONE.height);
    await toggle.click();
    await page.getByLabel('สถานะ', { exact: true }).selectOption('in_review');
    await page.getByTestId('filter-overdue').check();
    await page.getByTestId('filters-apply').click();
    await page.getByTestId('active-filter-status').waitFor();
    expect(await page.getByTestId('request-filters').isVisible(), 'folded again once applied').toBe(false);
    expect(await page.getByTestId('filters-toggle').innerText()).toContain('2');
    await expectFitsAPhone(page, 'list-filtered');
    await page.getByTestId('active-filter-overdue').getByRole('button').click();
    await expect.poll(() => page.getByTestId('active-filter-overdue').count()).toBe(0);
    expect(page.url()).toContain('status=in_review');
    await page.context().close();
  });
});

describe('at a desk (1280 × 900)', () => {
  it('keeps the header, the open filters, the full stepper and the side action column', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', DESK);
    expect(await page.getByTestId('menu-button').isVisible()).toBe(false);
    expect(await page.getByTestId('nav-settings').isVisible()).toBe(true);
    await settled(page);
    await screenshot(page, 'desk-home-analyst1');
    expect(await horizontalOverflow(page)).toBe(0);
    const id = await awaitingAnalyst(page);
    await page.goto(`/requests/${id}`);
    await page.getByTestId('action-APPROVE').waitFor();
    await settled(page);
    await screenshot(page, 'desk-request-analyst1');
    expect(await page.getByTestId('stepper').isVisible()).toBe(true);
    expect(await page.getByTestId('stepper-toggle').isVisible()).toBe(false);
    const panel = await page.getByTestId('action-panel').boundingBox();
    const details = await page.getByTestId('timeline').boundingBox();
    expect((panel?.x ?? 0) > (details?.x ?? 0) + (details?.width ?? 0) - 1, 'actions in the side column').toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto('/requests');
    await page.getByTestId('list-count').waitFor();
    expect(await page.getByTestId('request-filters').isVisible()).toBe(true);
    expect(await page.getByTestId('filters-toggle').isVisible()).toBe(false);
    await settled(page);
    await screenshot(page, 'desk-list-analyst1');
    await page.context().close();
    const admin = await signedInPage(browser, server.baseUrl, 'admin', DESK);
    await admin.goto('/admin/users');
    await admin.locator('main h1').first().waitFor();
    await settled(admin);
    await screenshot(admin, 'desk-admin-users');
    expect(await horizontalOverflow(admin)).toBe(0);
    await admin.context().close();
  });
});
