// In a real browser against the real server: a unit files a request, the reviewers return it, it is resubmitted and approved level by level.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { allotment } from '../support/requests';

let server: RunningServer;
let browser: Browser;
const SCREENSHOTS = new URL('../test-results/', import.meta.url);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function version(page: Page): Promise<number> {
  return Number(await page.getByTestId('request-page').getAttribute('data-version'));
}

/** Takes one action on the open request page and waits until the page shows the new version. */
async function act(page: Page, type: string, comment?: string): Promise<void> {
  const before = await version(page);
  await page.getByTestId(`action-${type}`).click();
  if (comment) await page.getByTestId('action-comment').fill(comment);
  await page.getByTestId('action-confirm').click();
  await page.getByTestId('action-done').waitFor();
  await expect.poll(() => version(page)).toBe(before + 1);
}

describe('the workflow in the browser', () => {
  it('takes a request from draft through return and resubmission to approval at its final level', async () => {
    const unit = await signedInPage(browser, server.baseUrl, 'unit1');
    await unit.goto('/requests/new');
    await unit.getByTestId('type-allotment').check();
    await unit.locator('#form-title').fill('ขออนุมัติเงินประจำงวด ไตรมาส 2 ค่าจ้างเหมาทำความสะอาดถนน');
    await unit.locator('#form-justification').fill('เพื่อจ้างเหมาทำความสะอาดถนนสายหลักในเขตพระนคร');
    await unit.locator('#form-amount').fill('2,500,000');
    await unit.locator('#form-category').selectOption('operating');
    await expect.poll(() => unit.getByTestId('form-amount-words').textContent()).toContain('สองล้านห้าแสนบาทถ้วน');
    // The preview runs the same routing function as the server: an operating allotment up to 10 M baht stops at level 4.
    await expect.poll(() => unit.getByTestId('routing-preview').textContent()).toContain('ผู้อำนวยการกองวิเคราะห์งบประมาณ');
    await unit.getByTestId('save-and-submit').click();
    await unit.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestPath = new URL(unit.url()).pathname;
    await expect.poll(() => unit.getByTestId('step-2').getAttribute('data-state')).toBe('current');
    expect(await unit.getByTestId('step-5').getAttribute('data-state')).toBe('skipped');
    expect(await unit.getByTestId('request-header').textContent()).toContain('2,500,000.00 บาท');
    expect(await unit.getByTestId('route-reason').textContent()).toContain('ไม่เกิน 10 ล้านบาท');
    await unit.screenshot({ path: new URL('unit-submitted.png', SCREENSHOTS).pathname, fullPage: true });

    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    await analyst.goto(requestPath);
    await act(analyst, 'RETURN', 'กรุณาแนบแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ');

    await unit.reload();
    await unit.getByTestId('request-page').waitFor();
    await unit.locator('#form-title').fill('ขออนุมัติเงินประจำงวด ไตรมาส 2 ค่าจ้างเหมาทำความสะอาดถนน (แนบแผนแล้ว)');
    const beforeResubmit = await version(unit);
    await unit.getByTestId('save-and-submit').click();
    await expect.poll(() => version(unit)).toBe(beforeResubmit + 2); // the edit, then RESUBMIT
    await expect.poll(() => unit.getByTestId('step-2').getAttribute('data-state')).toBe('current');

    for (const username of ['analyst1', 'head1', 'director1']) {
      const reviewer = username === 'analyst1' ? analyst : await signedInPage(browser, server.baseUrl, username);
      await reviewer.goto(requestPath);
      await act(reviewer, 'APPROVE', `เห็นควรอนุมัติ (${username})`);
    }

    await unit.reload();
    const entries = unit.getByTestId('timeline-entry');
    await expect.poll(() => entries.count()).toBe(6);
    const events = await entries.evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));
    expect(events).toEqual(['SUBMIT', 'RETURN', 'RESUBMIT', 'APPROVE', 'APPROVE', 'APPROVE']);
    const returnEntry = (await entries.nth(1).textContent()) ?? '';
    expect(returnEntry).toContain('กรุณาแนบแผนการปฏิบัติงาน');
    expect(returnEntry).toContain('สมหญิง'); // analyst1's name
    expect(returnEntry).toMatch(/25\d\d/); // a Buddhist Era year
    expect(await unit.getByTestId('step-4').getAttribute('data-state')).toBe('done');
    expect(await unit.getByTestId('request-header').textContent()).toContain('อนุมัติแล้ว');
    expect(await unit.getByTestId('action-panel').locator('button').count()).toBe(0); // nothing left to do
    await unit.screenshot({ path: new URL('unit-approved.png', SCREENSHOTS).pathname, fullPage: true });
  });

  it('shows a demo analyst an inbox holding requests from their own units only', async () => {
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    await analyst.getByTestId('inbox-table').waitFor();
    const scope = await analyst.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as { user: { scope: { unitCodes: string[] } } };
      const units = (await (await fetch('/api/units')).json()) as { items: { code: string; name: { th: string } }[] };
      return units.items.filter((u) => session.user.scope.unitCodes.includes(u.code)).map((u) => u.name.th);
    });
    const rows = analyst.getByTestId('request-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const unitNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent ?? ''));
    for (const name of unitNames) expect(scope).toContain(name);
    expect(scope).not.toContain('สำนักการโยธา'); // a department, outside analyst1's districts
    await analyst.screenshot({ path: new URL('analyst-inbox.png', SCREENSHOTS).pathname, fullPage: true });
  });

  it('counts an analyst’s whole inbox and loads it a page at a time', async () => {
    const unit = await signedInPage(browser, server.baseUrl, 'unit1');
    // Enough newly submitted requests that analyst1's inbox holds more than one page of 50.
    await unit.evaluate(async (content) => {
      for (let i = 0; i < 55; i++) {
        const created = (await (
          await fetch('/api/requests', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...content, title: `คำขอชุดสิ้นปี ${i + 1}` }),
          })
        ).json()) as { id: string; version: number };
        await fetch(`/api/requests/${created.id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'SUBMIT', version: created.version }),
        });
      }
    }, allotment());
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    await analyst.getByTestId('inbox-table').waitFor();
    const waiting = await analyst.evaluate(
      async () => ((await (await fetch('/api/inbox')).json()) as { waiting: { count: number } }).waiting.count,
    );
    expect(waiting).toBeGreaterThan(55);
    expect(await analyst.getByTestId('count-waiting').innerText()).toContain(String(waiting));
    const rows = analyst.getByTestId('request-row');
    expect(await rows.count()).toBe(50);
    expect(await analyst.getByTestId('inbox-shown').innerText()).toBe(`แสดง 50 จาก ${waiting} รายการ`);
    await analyst.screenshot({ path: new URL('analyst-inbox-paged.png', SCREENSHOTS).pathname, fullPage: true });
    while (await analyst.getByTestId('inbox-load-more').isVisible()) {
      const before = await rows.count();
      await analyst.getByTestId('inbox-load-more').click();
      await analyst.waitForFunction((n) => document.querySelectorAll('[data-testid="request-row"]').length > n, before);
    }
    expect(await rows.count()).toBe(waiting);
  });

  it('serves the API reference at /api/docs', async () => {
    const page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
    await page.goto('/api/docs');
    await page.getByText('/api/requests/{id}/events').first().waitFor();
    expect(await page.getByText('BMRTS API').count()).toBeGreaterThan(0);
  });
});
