// Debian's Chromium driven by playwright-core, and signing in through the real login page.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'bmrts-demo';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A fresh browser context (its own cookies) signed in as the given demo user, on the home page. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  expect(page.url()).not.toContain('/login');
  return page;
}

/**
 * Chooses files in a file field once the app holds it: a page the server drew keeps its fields disabled until then (a
 * person cannot pick a file before either), and Playwright's setInputFiles does not wait for that by itself.
 */
export async function chooseFiles(field: Locator, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.setInputFiles(files);
}
