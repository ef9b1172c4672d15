// The budget reports in a real browser (issue 16 item 5), on the demo's lines: the page งบประมาณ shows the figures the
// API gives, row by row and in total; a line's page lists its movements with the request that caused each, and the link
// opens that request; the report downloads as XLSX and CSV. At a desk and on a phone: nothing sideways, 44 px targets,
// each line a short card of three rows.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf, formatMoney, formatSatangNumber, formatThaiDate } from '@bmrts/shared';
import type { BudgetLineDetail, BudgetReport, ListedBudgetLine } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage } from './support/page-checks';
import { smallTargets } from './support/target-size';
import { readWorkbook, sheetRows } from '../support/exports';
import { councilTransfer } from '../support/requests';

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const FISCAL_YEAR = fiscalYearOf(new Date());

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

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

describe('the page งบประมาณ', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`shows a unit its lines and the central fund's with the API's figures and totals (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      const report = await api<BudgetReport>(page, `/api/budget-report?fiscalYear=${FISCAL_YEAR}`);
      expect(report.lines.length).toBeGreaterThan(1);
      if (widthName === 'desktop') await page.getByTestId('nav-budget').click();
      else await page.goto('/budget');
      const rows = page.getByTestId('budget-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(report.lines.length);
      expect(await page.getByTestId('budget-count').innerText()).toContain(`${report.lines.length} รายการ`);
      // Every row: its code, and what is left as the API says (the phone's card row says it in words).
      for (const [i, line] of report.lines.entries()) {
        const row = rows.nth(i);
        expect(await row.getAttribute('data-line-code')).toBe(line.code);
        if (widthName === 'desktop') {
          expect(await row.getByTestId('cell-appropriation').innerText()).toBe(formatSatangNumber(line.totals.appropriationSatang));
          expect(await row.getByTestId('cell-remaining').innerText()).toBe(formatSatangNumber(line.totals.remainingSatang));
        } else {
          expect(await row.getByTestId('phone-remaining').innerText()).toContain(`คงเหลือ ${formatMoney(line.totals.remainingSatang)}`);
        }
      }
      const totals = page.getByTestId('budget-totals');
      expect(await totals.getByTestId('total-appropriation').locator('dd').innerText()).toBe(
        formatMoney(report.totals.appropriationSatang),
      );
      expect(await totals.getByTestId('total-remaining').locator('dd').innerText()).toBe(formatMoney(report.totals.remainingSatang));
      if (widthName === 'phone') {
        // A card of three short rows: code and item, where, what is left (a row is about 1.5 rem of text each).
        const box = await rows.first().boundingBox();
        expect(box?.height ?? 0).toBeLessThan(130);
        expect(await smallTargets(page), 'targets under 44 px').toEqual([]);
      }
      await expectSoundPage(page, `budget-report-${widthName}`);

      // The search narrows the rows to what it finds, as the API does.
      const first = report.lines.find((l) => l.kind === 'unit') ?? report.lines[0];
      if (!first) throw new Error('the unit has lines');
      if (widthName === 'phone') await page.getByTestId('budget-filters-toggle').click();
      await page.getByTestId('budget-q').fill(first.item);
      await page.getByTestId('budget-apply').click();
      const found = await api<BudgetReport>(page, `/api/budget-report?fiscalYear=${FISCAL_YEAR}&q=${encodeURIComponent(first.item)}`);
      await expect.poll(() => rows.count()).toBe(found.lines.length);
      expect(page.url()).toContain('q=');
      await page.context().close();
    });

    it(`opens a line's movements, each linked to the request that moved the money (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      // A line with an approved request on it, in this fiscal year or the one before (the demo moves money in both).
      let moved: BudgetReport['lines'][number] | undefined;
      for (const year of [FISCAL_YEAR, FISCAL_YEAR - 1]) {
        const report = await api<BudgetReport>(page, `/api/budget-report?fiscalYear=${year}`);
        moved = report.lines.find((l) => l.totals.allottedSatang > 0);
        if (moved) break;
      }
      if (!moved) throw new Error('the demo has approved allotments on analyst1’s lines');
      const detail = await api<BudgetLineDetail>(page, `/api/budget-lines/${moved.id}`);
      await page.goto(`/budget?fiscalYear=${moved.fiscalYear}`);
      await page.locator(`[data-line-code="${moved.code}"] a`).first().click();
      await page.waitForURL(new RegExp(`/budget/lines/${moved.id}$`));
      const history = page.getByTestId('history-row');
      await history.first().waitFor();
      expect(await history.count()).toBe(detail.entries.length);
      const allotment = detail.entries.find((e) => e.kind === 'allotment' && e.request);
      if (!allotment?.request) throw new Error('an allotment names its request');
      const row = history.nth(detail.entries.indexOf(allotment));
      const text = await row.innerText();
      expect(text).toContain(formatThaiDate(allotment.at));
      expect(text).toContain('จัดสรรเงินประจำงวด');
      expect(text).toContain(formatMoney(allotment.amountSatang));
      expect(await page.getByTestId('line-remaining').locator('dd').innerText()).toBe(formatMoney(detail.line.totals.remainingSatang));
      if (widthName === 'phone') expect(await smallTargets(page), 'targets under 44 px').toEqual([]);
      await expectSoundPage(page, `budget-line-${widthName}`);
      await row.getByTestId('history-request').click();
      await page.waitForURL(new RegExp(`/requests/${allotment.request.id}$`));
      await page.getByText(allotment.request.trackingNo).first().waitFor();
      await page.context().close();
    });
  }

  it('lets a unit name another unit’s line as a transfer’s destination, showing its appropriation only (B7)', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1', WIDTHS.phone);
    const listed = await api<{ items: ListedBudgetLine[] }>(page, `/api/budget-lines?fiscalYear=${FISCAL_YEAR}&kind=unit&reach=all`);
    const foreign = listed.items.find((l) => !l.inScope);
    if (!foreign) throw new Error('the demo has other units’ lines');
    expect([foreign.totals, foreign.pending]).toEqual([null, null]);
    await page.goto('/requests/new');
    await page.getByTestId('type-transfer').check();
    await page.getByTestId('flag-betweenUnits').check();
    const picker = page.getByTestId('to-line-picker');
    await picker.getByTestId('to-line-picker-q').fill(foreign.code);
    const option = picker.getByTestId('to-line-picker-option').filter({ hasText: foreign.code });
    await option.first().waitFor();
    const text = await option.first().innerText();
    expect(text).toContain(`งบตามข้อบัญญัติ ${formatMoney(foreign.appropriationSatang)}`);
    expect(text).toContain(`หน่วยงาน ${foreign.unitCode ?? ''}`);
    expect(text).not.toContain('คงเหลือ');
    await option.first().getByRole('radio').check();
    expect(await picker.getByTestId('to-line-picker-chosen').innerText()).toContain(foreign.code);
    expect(await smallTargets(page), 'targets under 44 px').toEqual([]);

    // Saved and opened again, the form names the destination even when it falls beyond the list's first 500 lines.
    const far = (
      await api<{ items: ListedBudgetLine[] }>(page, `/api/budget-lines?fiscalYear=${FISCAL_YEAR}&kind=unit&reach=all&q=K50`)
    ).items.at(-1);
    const own = listed.items.find((l) => l.inScope);
    if (!far || !own) throw new Error('the demo has K50’s lines and unit1’s own');
    const base = councilTransfer();
    if (base.type !== 'transfer') throw new Error('a transfer');
    const saved = await page.request.post('/api/requests', {
      data: {
        ...base,
        fiscalYear: FISCAL_YEAR,
        amountSatang: 100_000,
        details: {
          ...base.details,
          lines: [{ fromItem: own.item, toItem: far.item, amountSatang: 100_000, fromLineId: own.id, toLineId: far.id }],
        },
      },
    });
    expect(saved.status(), await saved.text()).toBe(201);
    const draft = (await saved.json()) as { id: string };
    await page.goto(`/requests/${draft.id}`);
    await page.getByTestId('toggle-edit').click();
    await expect.poll(() => page.getByTestId('to-line-picker-chosen').innerText()).toContain(far.code);
    await page.context().close();
  });

  it('downloads the report as XLSX and CSV with Thai headers and the totals row', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1');
    const report = await api<BudgetReport>(page, `/api/budget-report?fiscalYear=${FISCAL_YEAR}`);
    await page.goto('/budget');
    await page.getByTestId('budget-row').first().waitFor();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-budget-report-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe(`งบประมาณ-${FISCAL_YEAR}.xlsx`);
    const rows = sheetRows(await readWorkbook(new Uint8Array(await readFile(await xlsx.path()))));
    const headers = rows[0] as string[];
    expect(headers.slice(0, 4)).toEqual(['ปีงบประมาณ', 'หน่วยรับงบประมาณ', 'ชื่อหน่วยรับงบประมาณ', 'รหัสรายการ']);
    expect(rows).toHaveLength(report.lines.length + 2);
    expect(rows.at(-1)?.[headers.indexOf('คงเหลือ (บาท)')]).toBe(report.totals.remainingSatang / 100);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-budget-report-csv').click()]);
    expect(csv.suggestedFilename()).toBe(`งบประมาณ-${FISCAL_YEAR}.csv`);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFปีงบประมาณ,หน่วยรับงบประมาณ')).toBe(true);
    expect(text).toContain(`รวม ${report.lines.length} รายการ`);
    await page.context().close();
  });
});
