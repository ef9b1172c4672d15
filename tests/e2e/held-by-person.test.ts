// Who holds a request is a person (issue 15 item 4): the unit's home and the request list name the people with each
// request on their desk, their office extension and since when (a Buddhist Era date); a level reads in words, never as
// a bare digit, and a finished request shows its outcome and date, never "0 วันทำการ".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestListResponse } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage } from './support/page-checks';

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
/** A Thai short date with a Buddhist Era year: "3 ธ.ค. 2569". */
const BE_DATE = /\d{1,2} [ก-๙]+\.(?:[ก-๙]+\.)? 25\d\d/;

function expectNamedPositions(texts: readonly string[], where: string) {
  const open = texts.filter((text) => !/อนุมัติแล้ว|ไม่อนุมัติ|ถอนคำขอแล้ว/.test(text));
  expect(open.length, `${where}: open requests shown`).toBeGreaterThan(0);
  expect(
    open.some((text) => /ระดับ \d [ก-๙]/.test(text) && /โทร\. ต่อ \d+/.test(text)),
    `${where}: a level in words with a holder's extension`,
  ).toBe(true);
  for (const text of texts) expect(text, `${where}: since when, in BE`).toMatch(BE_DATE);
  expect(texts.some((text) => text.includes('0 วันทำการ') && /อนุมัติแล้ว|ไม่อนุมัติ/.test(text))).toBe(false);
}

describe('who holds it is a person', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`names the holder, their extension and a BE date on the unit's home (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/');
      await page.getByTestId('work-item').first().waitFor();
      const lines = await page.getByTestId('position-line').allInnerTexts();
      expectNamedPositions(lines, 'unit home');
      const decided = await page.getByTestId('group-decided-list').getByTestId('position-line').allInnerTexts();
      for (const text of decided) {
        expect(text).toMatch(new RegExp(`(อนุมัติแล้ว|ไม่อนุมัติ) ${BE_DATE.source}`));
        expect(text).not.toContain('วันทำการ');
      }
      await expectSoundPage(page, `held-by-unit-home-${widthName}`);
    });

    it(`names the holder in the list's position cell, never a bare digit, and finished rows by outcome (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      const api = (await (await page.request.get('/api/requests?limit=50')).json()) as RequestListResponse;
      expect(api.items.some((i) => i.position.final)).toBe(true);
      await page.goto('/requests');
      await page.getByTestId('request-row').first().waitFor();
      const rows = await page.getByTestId('request-row').allInnerTexts();
      expectNamedPositions(rows, 'list');
      const levelCells = await page.locator('[data-testid="request-row"] td.position-cell').allInnerTexts();
      for (const cell of levelCells) expect(cell.trim(), 'no bare digit level').not.toMatch(/^\d$/);
      for (const item of api.items.filter((i) => i.position.final)) {
        const row = page.getByTestId('request-row').filter({ hasText: item.trackingNo });
        const text = await row.innerText();
        expect(text).not.toContain('0 วันทำการ');
        expect(text).toMatch(BE_DATE);
      }
      await expectSoundPage(page, `held-by-list-${widthName}`);
    });
  }
});
