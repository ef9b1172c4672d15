// Exports and the spreadsheet import in a real browser: the request list's XLSX button downloads a workbook whose Thai
// headers read back with exceljs, and the administrator imports the old Google Sheet through the wizard.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseFiles, launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { horizontalOverflow, rendersThaiInSarabun, screenshot, seriousAxeViolations, settled } from './support/page-checks';
import { readWorkbook, sheetRows } from '../support/exports';
import { OLD_SHEET_PATH } from '../support/imports';

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

it('downloads the filtered request list as XLSX from the list page, with Thai headers and only the filtered rows', async () => {
  const page = await signedInPage(browser, server.baseUrl, 'unit1');
  await page.goto('/requests?status=approved');
  await page.getByTestId('request-list-table').waitFor();
  const link = page.getByTestId('export-list-xlsx');
  expect(await link.getAttribute('href')).toBe('/api/requests/export?status=approved&format=xlsx');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^คำขอ-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = new Uint8Array(await readFile(await download.path()));
  const rows = sheetRows(await readWorkbook(bytes));
  expect(rows[0]?.slice(0, 3)).toEqual(['เลขที่คำขอ', 'ประเภทคำขอ', 'รหัสหน่วยงาน']);
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows.slice(1)) {
    expect(row[2]).toBe('K01'); // unit1's own unit only
    expect(row[8]).toBe('อนุมัติแล้ว');
  }
  await page.context().close();
});

it('downloads a request’s history from the request page', async () => {
  const page = await signedInPage(browser, server.baseUrl, 'unit1');
  await page.goto('/requests?status=approved');
  await page.getByTestId('request-list-table').locator('a').first().click();
  await page.getByTestId('timeline').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-history-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^ประวัติ-ALT|^ประวัติ-TRF|^ประวัติ-CF/);
  const rows = sheetRows(await readWorkbook(new Uint8Array(await readFile(await download.path()))));
  expect(rows[0]?.slice(0, 3)).toEqual(['ลำดับ', 'วันที่เวลา', 'การดำเนินการ']);
  expect(rows.length).toBe((await page.getByTestId('timeline-entry').count()) + 1);
  await page.context().close();
});

it('imports the old Google Sheet through the admin wizard: mapping proposed, refusals shown, accepted rows imported', async () => {
  const page = await signedInPage(browser, server.baseUrl, 'admin');
  await page.goto('/admin/imports');
  await chooseFiles(page.getByTestId('import-file'), OLD_SHEET_PATH);
  await page.getByTestId('import-read').click();
  await page.getByTestId('import-mapping').waitFor();
  expect(await page.getByTestId('map-unit').inputValue()).toBe('หน่วยงาน');
  expect(await page.getByTestId('map-submittedAt').inputValue()).toBe('วันที่ส่ง');
  await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('นำเข้าได้ 5 แถว ไม่ผ่าน 7 แถว จากทั้งหมด 12 แถว');
  expect(await page.getByTestId('import-refused').locator('tr[data-row="7"]').textContent()).toContain('ไม่พบหน่วยงาน "สำนักงานเขตที่ไม่มีอยู่จริง"');
  await settled(page);
  await screenshot(page, 'admin-import-dry-run');
  expect(await rendersThaiInSarabun(page)).toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByTestId('import-run').click();
  await expect.poll(() => page.getByTestId('admin-saved').textContent()).toBe('นำเข้าแล้ว 5 คำขอ');
  await page.context().close();
});
