// A wait for the BMA Council is shown as what it is (decision record 0015): in the deputy governor's inbox it says
// "สภากทม.", carries its own age and no target, is never flagged or counted overdue; the list's level filter is
// labelled as where a request is held now. Select all leaves it out (level 8 records the Council's decision one at a
// time): its row has no checkbox and its button says "บันทึกมติสภาฯ".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxResponse } from '@bmrts/shared';
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

describe('a Council wait on the deputy governor’s desk', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`reads "สภากทม.", shows its age without a target and is not overdue (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'deputygov', viewport);
      const inbox = (await (await page.request.get('/api/inbox?limit=100')).json()) as InboxResponse;
      const councilWaits = inbox.items.filter((i) => i.position.holder === 'council');
      expect(councilWaits.length, 'the demo has Council waits on level 8’s desk').toBeGreaterThan(0);
      await page.goto('/');
      await page.getByTestId('request-row').first().waitFor();
      await expectSoundPage(page, `council-wait-inbox-deputygov-${widthName}`);
      expect(await page.getByTestId('count-overdue').innerText()).toContain(String(inbox.overdue.count));
      for (const wait of councilWaits) {
        const row = page.getByTestId('request-row').filter({ hasText: wait.trackingNo });
        expect(await row.getAttribute('data-overdue')).toBe('false');
        const text = await row.innerText();
        expect(text).toContain('รอสภากรุงเทพมหานคร');
        expect(text).toContain(`${wait.workingDaysAtLevel} วันทำการ`);
        expect(text).not.toContain('เป้าหมาย');
        expect(text).not.toContain('เกินกำหนด');
      }
    });
  }

  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`offers only what a bulk approval takes: a Council wait has no checkbox and its button records the Council's decision (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'deputygov', viewport);
      const inbox = (await (await page.request.get('/api/inbox?limit=100')).json()) as InboxResponse;
      const councilWaits = inbox.items.filter((i) => i.position.holder === 'council');
      const inReview = inbox.items.filter((i) => i.position.bulkDecidable);
      expect(councilWaits.length).toBeGreaterThan(0);
      expect(inReview.length, 'the demo has requests in review on level 8’s desk too').toBeGreaterThan(0);
      expect(councilWaits.every((i) => !i.position.bulkDecidable)).toBe(true);
      await page.goto('/');
      await page.getByTestId('request-row').first().waitFor();
      for (const wait of councilWaits) {
        const row = page.getByTestId('request-row').filter({ hasText: wait.trackingNo });
        expect(await row.getByTestId('row-select').count(), `${wait.trackingNo}: no checkbox`).toBe(0);
        expect(await row.getByTestId('row-consider').innerText()).toContain('บันทึกมติสภาฯ');
      }
      for (const item of inReview) {
        const row = page.getByTestId('request-row').filter({ hasText: item.trackingNo });
        expect(await row.getByTestId('row-select').count(), `${item.trackingNo}: a checkbox`).toBe(1);
        expect(await row.getByTestId('row-consider').innerText()).toContain('พิจารณา');
      }
      expect(await page.getByTestId('bulk-left-out').innerText()).toContain(`ไม่รวม ${councilWaits.length} รายการที่รอมติสภากรุงเทพมหานคร`);
      await page.getByTestId('select-all').check();
      expect(await page.getByTestId('bulk-panel').getAttribute('data-chosen')).toBe(String(inReview.length));
      expect(await page.getByTestId('select-all').locator('..').innerText()).toContain(`(${inReview.length} รายการ)`);
      await expectSoundPage(page, `council-wait-bulk-deputygov-${widthName}`);
      await page.context().close();
    });
  }

  it('shows on the request page how long the Council has had it, with no target', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputygov', WIDTHS.phone);
    const inbox = (await (await page.request.get('/api/inbox?limit=100')).json()) as InboxResponse;
    const wait = inbox.items.find((i) => i.position.holder === 'council');
    expect(wait).toBeDefined();
    await page.goto(`/requests/${wait?.id ?? ''}`);
    // On a phone the stepper is one line; its levels are one tap away.
    await page.getByTestId('stepper-toggle').click();
    const waited = page.getByTestId('step-council-waited');
    await waited.waitFor();
    expect(await waited.innerText()).toBe(`รอสภากรุงเทพมหานครมาแล้ว ${wait?.workingDaysAtLevel} วันทำการ (ไม่มีเป้าหมายของสำนักงบประมาณ)`);
    expect(await page.getByTestId('step-council').getAttribute('data-state')).toBe('current');
    await expectSoundPage(page, 'council-wait-request-deputygov-phone');
  });

  it('labels the list’s level filter as where a request is held now, and lists exactly those held at level 8', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputygov', WIDTHS.desktop);
    await page.goto('/requests?level=8');
    await page.getByTestId('request-row').first().waitFor();
    expect(await page.getByLabel('อยู่ที่ระดับ', { exact: true }).inputValue()).toBe('8');
    const statuses = await page.getByTestId('request-row').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(statuses.every((text) => !text.includes('รอสภากรุงเทพมหานคร'))).toBe(true);
    await expectSoundPage(page, 'list-held-at-level-8-deputygov-desktop');
    await page.setViewportSize(WIDTHS.phone);
    await expectSoundPage(page, 'list-held-at-level-8-deputygov-phone');
  });
});
