// The oversight dashboard in a real browser: a division director reads a figure, follows it, and finds exactly the
// requests it counted in the list, with the filters in force worded in Thai; a click on a monthly bar does the same;
// the page fits a desk and a phone.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewResponse } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { SCREENSHOT_DIR, horizontalOverflow, rendersThaiInSarabun, screenshot, seriousAxeViolations, settled } from './support/page-checks';
import { readWorkbook, sheetRows } from '../support/exports';

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

/** Tracking numbers of every request the list API gives for a query, page after page (an independent count). */
async function trackingNumbersFromApi(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await fetch(`/api/requests?${q}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const body = (await res.json()) as { items: { trackingNo: string }[]; nextCursor: string | null };
      found.push(...body.items.map((r) => r.trackingNo));
      cursor = body.nextCursor;
    } while (cursor);
    return found.sort();
  }, query);
}

/** The number a figure shows (its first text; the words after it are for screen readers). */
async function figureValue(figure: Locator): Promise<number> {
  const text = await figure.evaluate((el) => el.firstChild?.textContent ?? '');
  return Number(text.match(/\d+/)?.[0]);
}

/** Tracking numbers shown in the list table, after loading every page. */
async function trackingNumbersShown(page: Page): Promise<string[]> {
  while ((await page.getByTestId('load-more').count()) > 0) {
    await page.getByTestId('load-more').click();
    await settled(page);
  }
  const cells = await page.getByTestId('request-list-table').locator('tbody tr td:first-child').allTextContents();
  return cells.map((text) => text.match(/[A-Z]+-\d{4}-\d{6}/)?.[0] ?? text).sort();
}

describe('the oversight dashboard', () => {
  it('shows a director a figure that opens the list of exactly the requests behind it', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'director1');
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('fold-levels').locator('> summary').click();
    await page.getByTestId('overview-levels').waitFor();
    await page.getByTestId('fold-monthly').locator('> summary').click();
    await page.getByTestId('monthly-chart').locator('svg').first().waitFor();
    await settled(page);
    await screenshot(page, 'overview-director1-desktop');
    expect(await rendersThaiInSarabun(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page), 'sideways scrolling').toBe(0);

    // The figure: requests waiting at level 2 in the director's division, which the demo always has.
    const figure = page.getByTestId('level-waiting-2');
    const shown = await figureValue(figure);
    expect(shown).toBeGreaterThan(0);
    const expected = await trackingNumbersFromApi(page, 'status=in_review&level=2');
    expect(expected.length).toBe(shown);

    await figure.click();
    await page.waitForURL(/\/requests\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'in_review', level: '2' });
    await page.getByTestId('request-list-table').waitFor();
    expect(await page.getByTestId('active-filter-status').textContent()).toContain('สถานะ: อยู่ระหว่างพิจารณา');
    expect(await page.getByTestId('active-filter-level').textContent()).toContain('ระดับ: 2 เจ้าหน้าที่วิเคราะห์งบประมาณ');
    expect(await trackingNumbersShown(page)).toEqual(expected);
    await page.context().close();
  });

  it('opens the month’s list of a type from a click on its segment of the monthly bar', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputy');
    await page.goto('/overview');
    await page.getByTestId('fold-monthly').locator('> summary').click();
    const segments = page.getByTestId('monthly-chart').locator('rect.chart-bar');
    await segments.first().waitFor();
    await settled(page);
    await page.getByTestId('overview-monthly').screenshot({ path: `${SCREENSHOT_DIR}overview-deputy-desktop-monthly.png` });
    const api = await page.evaluate(async () => (await (await fetch('/api/overview')).json()) as OverviewResponse);
    expect(await segments.count(), 'one segment per month and type with requests').toBe(
      api.monthly.reduce((n, m) => n + Object.values(m.counts).filter((c) => c > 0).length, 0),
    );
    expect(await segments.first().evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
    const segment = segments.last();
    const type = (await segment.getAttribute('data-series')) ?? '';
    const month = api.monthly[Number(await segment.getAttribute('data-index'))];
    expect(month, 'the segment names a month of the API').toBeDefined();
    await segment.click();
    await page.waitForURL(/\/requests\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ submittedMonth: month?.month, type });
    await page.getByTestId('request-list-table').waitFor();
    const shown = await trackingNumbersShown(page);
    expect(shown.length).toBe(month?.counts[type as keyof NonNullable<typeof month>['counts']]);
    expect(shown).toEqual(await trackingNumbersFromApi(page, new URL(page.url()).searchParams.toString()));
    await page.context().close();
  });

  it('follows an overdue cell of the ageing grid to its overdue requests only', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputy');
    await page.goto('/overview');
    await page.getByTestId('overview-ageing').waitFor();
    const overdueLinks = page.getByTestId('overview-ageing').locator('a.grid-overdue');
    expect(await overdueLinks.count(), 'the demo has overdue requests').toBeGreaterThan(0);
    const link = overdueLinks.first();
    const n = await figureValue(link);
    await link.click();
    await page.waitForURL(/overdue=true/);
    const query = new URL(page.url()).searchParams;
    expect(query.get('overdue')).toBe('true');
    expect(query.get('unit')).toMatch(/^[A-Z]\d{2}$/);
    await page.getByTestId('request-list-table').waitFor();
    expect(await page.getByTestId('active-filter-overdue').textContent()).toContain('เกินกำหนด');
    const shown = await trackingNumbersShown(page);
    expect(shown.length).toBe(n);
    expect(shown).toEqual(await trackingNumbersFromApi(page, query.toString()));
    // Every row carries the overdue mark the list gives a request past its target.
    expect(await page.getByTestId('request-list-table').locator('tbody tr.row-overdue').count()).toBe(n);
    await page.context().close();
  });

  it('downloads a table as XLSX beside it, with Thai headers and the figures the page shows', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'director1');
    await page.goto('/overview');
    await page.getByTestId('fold-levels').locator('> summary').click();
    await page.getByTestId('overview-levels').waitFor();
    const shown = await figureValue(page.getByTestId('level-waiting-2'));
    const link = page.getByTestId('export-overview-levels-xlsx');
    expect(await link.getAttribute('href')).toMatch(/^\/api\/overview\/export\?table=levels&format=xlsx&fiscalYear=\d{4}$/);
    expect(await page.getByTestId('export-overview-monthly-csv').getAttribute('href')).toMatch(/table=monthly&format=csv/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^งานรอตามระดับ-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = sheetRows(await readWorkbook(new Uint8Array(await readFile(await download.path()))));
    expect(rows[0]?.slice(0, 3)).toEqual(['ระดับ', 'ตำแหน่ง', 'รออยู่ (รายการ)']);
    expect(rows[1]?.slice(0, 3)).toEqual([2, 'เจ้าหน้าที่วิเคราะห์งบประมาณ', shown]);
    await page.context().close();
  });

  it('fits a phone: nothing scrolls sideways with every table open', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputy', { width: 360, height: 740 });
    await page.goto('/overview');
    await page.getByTestId('overview-ageing').waitFor();
    for (const fold of ['fold-levels', 'fold-first-pass', 'fold-monthly']) await page.getByTestId(fold).locator('> summary').click();
    await page.getByTestId('monthly-chart').locator('svg').first().waitFor();
    await settled(page);
    await screenshot(page, 'overview-deputy-phone');
    await page.getByTestId('overview-monthly').screenshot({ path: `${SCREENSHOT_DIR}overview-deputy-phone-monthly.png` });
    expect(await horizontalOverflow(page), 'sideways scrolling').toBe(0);
    // The chart's month labels are thinned to fit 360 px; none runs past the drawing's edges.
    const labels = await page.getByTestId('monthly-chart').evaluate((box) => {
      const svg = box.querySelector('svg')?.getBoundingClientRect();
      return Array.from(box.querySelectorAll('text')).map((t) => {
        const r = t.getBoundingClientRect();
        return { inside: svg !== undefined && r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5, right: r.right, left: r.left };
      });
    });
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => !l.inside)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
