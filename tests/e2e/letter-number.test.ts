// The form a unit actually fills (issue 15 item 7): the unit's letter number and its Buddhist Era date are typed into
// the request form, saved with the draft, found again by typing the number into the list's search, and cited on the
// request's page and its printable form — at a desk and on a phone, with nothing sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
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

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;

/** The list's search box, opened first when a phone folds the filters behind a button. */
async function searchBox(page: Page) {
  const box = page.locator('#filter-q');
  await page.getByTestId('list-count').waitFor();
  if (!(await box.isVisible())) await page.getByTestId('filters-toggle').click();
  await box.waitFor();
  return box;
}

describe('the unit’s letter on a request', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`is typed with a BE date, saved, found by its number in the list and cited on the request (${widthName})`, async () => {
      const letterNo = `กท 5101/${widthName === 'desktop' ? '1201' : '1202'}`;
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests/new');
      await page.getByTestId('type-allotment').check();
      await page.locator('#form-title').fill(`ขออนุมัติเงินประจำงวด ตามหนังสือ ${letterNo}`);
      await page.getByTestId('letter-no').fill(letterNo);
      const date = page.getByTestId('letter-date');
      await date.fill('1/12/2569');
      await date.press('Tab');
      expect(await date.inputValue()).toBe('1 ธ.ค. 2569');
      await page.locator('#form-amount').fill('150000');
      await settled(page);
      await screenshot(page, `letter-number-form-${widthName}`);
      expect(await horizontalOverflow(page), 'form: sideways scrolling').toBe(0);
      await page.getByTestId('save-draft').click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const saved = (await (await page.request.get(`/api/requests/${id}`)).json()) as RequestView;
      expect([saved.letterNo, saved.letterDate]).toEqual([letterNo, '2026-12-01']);

      // Found by the part of the number a clerk reads off the paper letter.
      await page.goto('/requests');
      const box = await searchBox(page);
      await box.fill(letterNo.slice(3));
      await page.getByTestId('filters-apply').click();
      await page.waitForURL(/[?&]q=/);
      const rows = page.getByTestId('request-row');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().getByTestId('row-letter-no').innerText()).toContain(letterNo);
      await settled(page);
      await screenshot(page, `letter-number-list-${widthName}`);
      expect(await horizontalOverflow(page), 'list: sideways scrolling').toBe(0);

      await rows.first().getByRole('link').first().click();
      await page.waitForURL(new RegExp(`/requests/${id}$`));
      expect(await page.getByTestId('request-letter').innerText()).toBe(`${letterNo} ลงวันที่ 1 ธ.ค. 2569`);
      await settled(page);
      await screenshot(page, `letter-number-request-${widthName}`);
      expect(await horizontalOverflow(page), 'request: sideways scrolling').toBe(0);

      // The printable form cites the letter the same way.
      await page.goto(`/requests/${id}/print`);
      await page.getByTestId('print-page').waitFor();
      expect(await page.getByTestId('print-letter').innerText()).toBe(`${letterNo} ลงวันที่ 1 ธ.ค. 2569`);
      await settled(page);
      await screenshot(page, `letter-number-print-${widthName}`);
      expect(await horizontalOverflow(page), 'print: sideways scrolling').toBe(0);
      await page.context().close();
    });
  }
});
