// The dashboard's headline cards, month trend and heat map in a real browser, at a desk and on a phone: the cards show
// exactly the figures GET /api/overview gives, the trend draws a bar per month with a median and its on-time line, the
// definitions open on a tap, the heat map writes every count, and
// nothing scrolls sideways at 360 px, not the page and not a box inside it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Headline, OverviewResponse } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { SCREENSHOT_DIR, horizontalOverflow, screenshot, seriousAxeViolations, settled } from './support/page-checks';

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

const CARDS: (keyof Headline)[] = ['waitingNow', 'overdueNow', 'medianDaysToDecision', 'onTimePercent', 'firstPassPercent'];
const PERCENT = new Set<keyof Headline>(['onTimePercent', 'firstPassPercent']);

async function openDashboard(page: Page): Promise<OverviewResponse> {
  await page.goto('/overview');
  await page.getByTestId('dash-cards').waitFor();
  await page.getByTestId('trend-chart').locator('svg').first().waitFor();
  await settled(page);
  return page.evaluate(async () => (await (await fetch('/api/overview')).json()) as OverviewResponse);
}

/** Boxes inside the dashboard that scroll sideways: a hidden sideways scroll is as bad as the page's own. */
function sidewaysBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="overview-page"] *'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

async function expectCardsMatch(page: Page, api: OverviewResponse) {
  for (const card of CARDS) {
    const figure = api.headline[card];
    const shown = figure.value === null ? 'ยังไม่มี' : PERCENT.has(card) ? figure.value.toFixed(1) : String(figure.value);
    expect(await page.getByTestId(`card-${card}-value`).textContent(), card).toBe(shown);
    const change = (await page.getByTestId(`card-${card}-change`).textContent()) ?? '';
    if (figure.value === null || figure.previous === null) {
      expect(change, card).toContain('ไม่มีตัวเลขของสิ้นเดือน');
      continue;
    }
    const delta = Math.round((figure.value - figure.previous) * 10) / 10;
    const size = PERCENT.has(card) ? `${Math.abs(delta).toFixed(1)} จุด` : String(Math.abs(delta));
    if (delta === 0) expect(change, card).toContain('เท่าเดิม');
    else expect(change, card).toContain(delta > 0 ? `▲ เพิ่มขึ้น ${size}` : `▼ ลดลง ${size}`);
    if (delta !== 0) expect(change, card).toMatch(/\((ดีขึ้น|แย่ลง)\)/);
  }
}

/** The month trend draws a bar for every month with a median above zero and a point for every on-time rate. */
async function expectTrendChart(page: Page, api: OverviewResponse) {
  const chart = page.getByTestId('trend-chart');
  const withDays = api.trend.filter((m) => (m.medianDaysToDecision ?? 0) > 0);
  const withRate = api.trend.filter((m) => m.onTimePercent !== null);
  expect(withDays.length, 'the demo has decided requests this year').toBeGreaterThan(0);
  expect(await chart.locator('rect.chart-bar').count(), 'one bar per month with a median').toBe(withDays.length);
  const heights = await chart.locator('rect.chart-bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
  expect(heights.every((h) => h > 0)).toBe(true);
  expect(await chart.locator('circle.chart-point').count(), 'one point per month with an on-time rate').toBe(withRate.length);
  if (withRate.length > 1) expect(await chart.locator('path.chart-line').count(), 'the on-time line').toBe(1);
  expect(await chart.locator('.chart-legend li').count(), 'the legend names the bars and the line').toBe(2);
  // The drawing fits its box at every width: it follows the box instead of overflowing it.
  const [svgWidth, boxWidth] = await chart.evaluate((box) => [
    box.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    box.clientWidth,
  ]);
  expect(svgWidth).toBeGreaterThan(0);
  expect(svgWidth).toBeLessThanOrEqual(boxWidth ?? 0);
}

async function expectHeatMapCounts(page: Page, api: OverviewResponse) {
  expect(api.ageing.length, 'the demo has requests waiting').toBeGreaterThan(10);
  // The ten units where most waits come first; the rest one tap away.
  expect(await page.getByTestId('overview-ageing').locator('tbody tr').count()).toBe(10);
  await page.getByTestId('ageing-show-all').click();
  expect(await page.getByTestId('overview-ageing').locator('tbody tr').count()).toBe(api.ageing.length);
  const largest = Math.max(...api.ageing.flatMap((r) => [...r.cells.map((c) => c.waiting), r.awaitingCouncil]));
  for (const row of api.ageing) {
    const cells = [...row.cells.map((c) => [String(c.level), c.waiting] as const), ['council', row.awaitingCouncil] as const];
    for (const [column, waiting] of cells) {
      const cell = page.getByTestId(`ageing-${row.unitCode}-${column}`);
      const number = await cell.evaluate((el) => el.querySelector('a, span')?.firstChild?.textContent ?? '');
      expect(number, `${row.unitCode} ${column}`).toBe(String(waiting));
      const shade = (await cell.getAttribute('class'))?.match(/dash-heat-(\d)/)?.[1];
      if (waiting === 0) expect(shade).toBe('0');
      if (waiting === largest) expect(shade).toBe('4');
    }
  }
}

describe('the dashboard at a glance', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    it(`shows the API's figures on the cards and counts in the heat map (${name})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'deputy', viewport);
      const api = await openDashboard(page);
      await screenshot(page, `dashboard-deputy-${name}`);
      await page.getByTestId('dash-cards').screenshot({ path: `${SCREENSHOT_DIR}dashboard-deputy-${name}-cards.png` });
      await page.getByTestId('overview-ageing').screenshot({ path: `${SCREENSHOT_DIR}dashboard-deputy-${name}-heat-map.png` });
      await page.getByTestId('dash-trend').screenshot({ path: `${SCREENSHOT_DIR}dashboard-deputy-${name}-trend.png` });
      await expectCardsMatch(page, api);
      await expectTrendChart(page, api);
      await expectHeatMapCounts(page, api);
      expect(await horizontalOverflow(page), 'sideways scrolling').toBe(0);
      if (name === 'phone') expect(await sidewaysBoxes(page), 'boxes scrolling sideways').toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('opens a card’s definition on a tap, and the detailed tables fold behind one', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'director1', { width: 360, height: 740 });
    await openDashboard(page);
    const definition = page.getByTestId('card-onTimePercent-definition');
    const text = definition.locator('p');
    expect(await text.isVisible()).toBe(false);
    await definition.locator('summary').click();
    expect(await text.isVisible()).toBe(true);
    expect(await text.textContent()).toContain('ทันเวลาเมื่อใช้วันทำการไม่เกินเป้าหมายของระดับ');
    const box = await definition.locator('summary').boundingBox();
    expect(box?.height ?? 0, 'a 44 px tap target').toBeGreaterThanOrEqual(44);
    await screenshot(page, 'dashboard-director1-phone-definition');

    expect(await page.getByTestId('overview-levels').isVisible()).toBe(false);
    await page.getByTestId('fold-levels').locator('> summary').click();
    expect(await page.getByTestId('overview-levels').isVisible()).toBe(true);
    expect(await page.getByTestId('overview-page').textContent()).not.toContain('เปอร์เซ็นไทล์');
    await page.context().close();
  });
});
