// Timeliness in a real browser: the overdue badges follow the targets an administrator sets, the request page shows
// the predicted decision date, and the administrator generates a year's fixed-date holidays.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage, settled } from './support/page-checks';

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

async function overdueInInbox(page: Page): Promise<number> {
  await page.goto('/');
  await page.getByTestId('count-overdue').waitFor();
  await settled(page);
  return page.locator('[data-testid="request-row"][data-overdue="true"]').count();
}

describe('timeliness', () => {
  it('shows a unit when its request in review can expect a decision', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1');
    const inReview = await page.evaluate(async () => {
      const res = await fetch('/api/requests?status=in_review');
      return ((await res.json()) as { items: { id: string }[] }).items[0]?.id ?? null;
    });
    expect(inReview).not.toBeNull();
    await page.goto(`/requests/${inReview}`);
    const prediction = page.getByTestId('prediction');
    await prediction.waitFor();
    // "คาดว่าจะได้รับการพิจารณาภายใน 12 มี.ค. 2570": a Thai date with a Buddhist Era year.
    expect(await prediction.innerText()).toMatch(/คาดว่าจะได้รับการพิจารณาภายใน \d{1,2} \S+ 25\d\d/);
    await expectSoundPage(page, 'request-prediction-desktop');
  });

  it('flags overdue requests by the targets the administrator sets, with a text badge', async () => {
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    const before = await overdueInInbox(analyst);
    expect(before).toBeGreaterThan(0);
    expect(await analyst.locator('[data-testid="request-row"][data-overdue="true"] .badge-overdue').first().innerText()).toBe('เกินกำหนด');

    const admin = await signedInPage(browser, server.baseUrl, 'admin');
    await admin.goto('/admin/targets');
    await admin.getByTestId('targets-form').waitFor();
    await expectSoundPage(admin, 'admin-targets-desktop');
    for (const column of ['office', 'allotment', 'transfer', 'central_fund']) await admin.getByTestId(`target-${column}-2`).fill('60');
    await admin.getByTestId('target-office-3').fill('0');
    await admin.getByTestId('targets-save').click();
    // The form refuses 0 before anything is sent (the server would too: tests/api/timeliness.test.ts).
    expect(await admin.getByTestId('target-office-3').evaluate((el) => (el as HTMLInputElement).validity.valid)).toBe(false);
    expect(await admin.getByText('บันทึกเป้าหมายแล้ว มีผลทันที').count()).toBe(0);
    await admin.getByTestId('target-office-3').fill('1');
    await admin.getByTestId('targets-save').click();
    await admin.getByText('บันทึกเป้าหมายแล้ว มีผลทันที').waitFor();

    // analyst1 holds level 2 only: with 60 working days to go, nothing of theirs is overdue.
    expect(await overdueInInbox(analyst)).toBe(0);
  });

  it('lets the administrator preview and add the fixed-date holidays of a year', async () => {
    const admin = await signedInPage(browser, server.baseUrl, 'admin');
    await admin.goto('/admin/holidays');
    const thisYear = Number(new Date().toISOString().slice(0, 4));
    await admin.getByTestId('holiday-year').selectOption(String(thisYear + 2));
    await admin.getByTestId('generate-preview').click();
    await admin.getByTestId('generated-table').waitFor();
    await expectSoundPage(admin, 'admin-holidays-generate-desktop');
    const toAdd = await admin.locator('[data-testid="generated-row"][data-exists="false"]').count();
    expect(toAdd).toBeGreaterThanOrEqual(14);
    await admin.getByTestId('generate-add').click();
    await admin.getByText(`เพิ่มวันหยุด ${toAdd} วันแล้ว`).waitFor();
    await expect.poll(() => admin.locator('[data-testid="holiday-row"]').count()).toBeGreaterThanOrEqual(toAdd);
  });
});
