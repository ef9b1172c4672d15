// Administration › Verify: the budget ledger's section checks the demo's ledger on request and says, in Thai, that every
// line agrees, at 1280 px and on a 360 px phone without sideways scrolling.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { horizontalOverflow, screenshot, settled } from './support/page-checks';

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

describe('the budget ledger on the verify page', () => {
  for (const [name, viewport] of [
    ['desk', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    it(`verifies the demo ledger and says so in Thai (${viewport.width} px)`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'admin', viewport);
      await page.goto('/admin/verify');
      await page.getByRole('heading', { name: 'ตรวจสอบบัญชียอดงบประมาณ' }).waitFor();
      await page.getByTestId('ledger-verify-run').click();
      const result = page.getByTestId('ledger-verify-result');
      await result.waitFor();
      expect(await result.getAttribute('data-ok')).toBe('true');
      expect(await page.getByTestId('ledger-verify-intact').textContent()).toContain('บัญชียอดงบประมาณถูกต้อง');
      await settled(page);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `ledger-verify-${name}`);
      await page.context().close();
    });
  }
});
