// Email links, the notification settings page and the administrators' webhook page in a real browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, signedInPage } from './support/browser';
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

describe('email and webhooks in the browser', () => {
  it('opens the request an email links to after signing in', async () => {
    const reviewer = await signedInPage(browser, server.baseUrl, 'analyst1');
    const id = await reviewer.evaluate(async () => {
      const body = (await (await fetch('/api/requests?limit=1&status=in_review')).json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? '';
    });
    await reviewer.context().close();
    expect(id).not.toBe('');

    // The email's link, followed by someone not signed in: sign-in first, then the request itself.
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    await page.goto(`/requests/${id}`);
    await page.getByTestId('login-username').fill('analyst1');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('request-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/requests/${id}`);
    await context.close();
  });

  it('lets a user choose their email address, language and kinds, and keeps them', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1', { width: 360, height: 740 });
    await page.getByTestId('menu-button').click(); // on a phone the navigation is in the header's menu
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-form').waitFor();
    await page.getByTestId('settings-email').fill('unit1@example.go.th');
    await page.getByTestId('settings-language').selectOption('en');
    await page.getByTestId('settings-kind-moved').uncheck();
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();
    await settled(page);
    await screenshot(page, 'settings-phone');
    expect(await rendersThaiInSarabun(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.reload();
    await page.getByTestId('settings-form').waitFor();
    expect(await page.getByTestId('settings-email').inputValue()).toBe('unit1@example.go.th');
    expect(await page.getByTestId('settings-language').inputValue()).toBe('en');
    expect(await page.getByTestId('settings-kind-moved').isChecked()).toBe(false);
    expect(await page.getByTestId('settings-kind-arrived').isChecked()).toBe(true);
    await page.context().close();
  });

  it('lets an administrator register a webhook, shows its secret once, and lists deliveries', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await page.goto('/admin/webhooks');
    await page.getByTestId('add-webhook').click();
    await page.getByTestId('webhook-url').fill('https://erp.example.go.th/hooks/bmrts');
    await page.getByTestId('webhook-description').fill('ระบบบัญชีกลาง');
    await page.getByTestId('webhook-submit').click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/whsec_[0-9a-f]{64}/);
    await page.getByTestId('webhook-row').first().waitFor();
    await settled(page);
    await screenshot(page, 'admin-webhooks');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Gone once the page is opened again.
    await page.reload();
    await page.getByTestId('webhook-row').first().waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);
    await page.context().close();
  });
});
