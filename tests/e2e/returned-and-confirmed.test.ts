// Why it came back, at the top; and saying what just happened: a returned request shows who returned it and why in its
// first screen, a submission confirms whom it went to, and "approve and next" opens the next item of the inbox.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage } from './support/page-checks';
import { allotment } from '../support/requests';

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
const REASON = 'กรุณาแนบแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณรายเดือน';

/** Creates and submits a request as the signed-in unit user, through the API. */
async function submittedBy(page: Page, title: string): Promise<RequestView> {
  const draft = (await (await page.request.post('/api/requests', { data: allotment({ title }) })).json()) as RequestView;
  const res = await page.request.post(`/api/requests/${draft.id}/events`, { data: { type: 'SUBMIT', version: draft.version } });
  expect(res.status()).toBe(200);
  return (await res.json()) as RequestView;
}

async function decide(page: Page, request: RequestView, type: string, comment?: string): Promise<RequestView> {
  const res = await page.request.post(`/api/requests/${request.id}/events`, { data: { type, version: request.version, comment } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as RequestView;
}

describe('why it came back, and what just happened', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`confirms a submission naming the analyst, then shows the return's reason and returner in the first screen (${widthName})`, async () => {
      const unit = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await unit.goto('/requests/new');
      await unit.getByTestId('type-allotment').check();
      await unit.locator('#form-title').fill(`ขอเงินประจำงวด ค่าวัสดุสำนักงาน (${widthName})`);
      await unit.locator('#form-justification').fill('เพื่อจัดซื้อวัสดุสำนักงานสำหรับไตรมาส 2');
      await unit.locator('#form-amount').fill('250,000');
      await unit.locator('#form-category').selectOption('operating');
      await unit.getByTestId('save-and-submit').click();
      const confirmation = unit.getByTestId('action-done');
      await confirmation.waitFor();
      const requestId = new URL(unit.url()).pathname.split('/').at(-1) ?? '';
      const view = (await (await unit.request.get(`/api/requests/${requestId}`)).json()) as RequestView;
      expect(view.heldBy.length).toBeGreaterThan(0);
      expect(await confirmation.getAttribute('role')).toBe('status');
      const said = await confirmation.innerText();
      expect(said).toContain('ส่งถึง');
      for (const holder of view.heldBy.slice(0, 3)) expect(said).toContain(holder.displayName);
      expect(said).toContain('เจ้าหน้าที่วิเคราะห์งบประมาณ');
      expect(await unit.evaluate(() => window.scrollY)).toBe(0);
      await expectSoundPage(unit, `confirmed-submit-${widthName}`);

      const analyst = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      await decide(analyst, view, 'RETURN', REASON);
      await unit.goto(`/requests/${requestId}`);
      const reason = unit.getByTestId('return-reason');
      await reason.waitFor();
      expect(await reason.innerText()).toBe(REASON);
      const by = await unit.getByTestId('return-by').innerText();
      expect(by).toContain('สมหญิง'); // analyst1
      expect(by).toContain('เจ้าหน้าที่วิเคราะห์งบประมาณ');
      expect(by).toMatch(/25\d\d/); // a Buddhist Era year
      // In the first screen, without scrolling: the whole reason and the returner's line end above the fold.
      for (const testId of ['return-reason', 'return-by', 'edit-and-resubmit']) {
        const box = await unit.getByTestId(testId).boundingBox();
        expect(box, testId).not.toBeNull();
        expect((box?.y ?? Infinity) + (box?.height ?? 0), `${testId} within the first screen`).toBeLessThanOrEqual(viewport.height);
      }
      // One way to resubmit: the action panel no longer offers its own, beside the edit form's.
      expect(await unit.getByTestId('action-RESUBMIT').count()).toBe(0);
      await expectSoundPage(unit, `returned-unit-${widthName}`);

      // The unit's inbox links a returned request to its edit form (#edit): the form, which loads on its own, takes the
      // focus once it is there.
      await unit.goto(`/requests/${requestId}#edit`);
      await unit.waitForFunction(() => document.activeElement?.id === 'edit');

      await unit.getByTestId('edit-and-resubmit').click();
      await unit.getByTestId('save-and-submit').click();
      await unit.getByTestId('action-done').waitFor();
      expect(await unit.getByTestId('action-done').innerText()).toContain('ส่งคำขออีกครั้ง');
      expect(await unit.getByTestId('return-banner').count()).toBe(0);
      await expectSoundPage(unit, `confirmed-resubmit-${widthName}`);
    });

    it(`approves and lands on the next item of the analyst's inbox (${widthName})`, async () => {
      const unit = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      const first = await submittedBy(unit, `คำขอแรก (${widthName})`);
      const second = await submittedBy(unit, `คำขอถัดไป (${widthName})`);
      const analyst = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      await analyst.goto(`/requests/${first.id}`);
      await analyst.getByTestId('action-APPROVE').click();
      await analyst.getByTestId('action-confirm-next').click();
      await analyst.waitForURL(`**/requests/${second.id}`);
      const confirmation = analyst.getByTestId('action-done');
      await confirmation.waitFor();
      expect(await confirmation.innerText()).toContain(first.trackingNo);
      expect(await analyst.getByTestId('request-title').innerText()).toBe(second.title);
      await expectSoundPage(analyst, `confirmed-next-${widthName}`);
    });
  }
});
