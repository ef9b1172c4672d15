// The money behind a request in a real browser (issue 16): an analyst sees, on the request's page, what is left on the
// budget line it draws on, what others claim and what this request would leave, as the API gives them; an approval
// refused because a line is short says why in Thai; and a unit picks the line in the form by searching, so the saved
// request names it. At a desk and on a phone, with nothing sideways and 44 px targets for the picker.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@bmrts/db';
import { addLines } from '../support/budget-lines';
import { formatMoney, formatThaiDate } from '@bmrts/shared';
import type { RequestBudget, RequestView } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage } from './support/page-checks';
import { smallTargets } from './support/target-size';
import { THIS_FISCAL_YEAR as FISCAL_YEAR, k01Line, postJson, submitAllotment } from './support/budget-requests';

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const BAHT = 100;

let server: RunningServer;
let browser: Browser;
let database: DatabaseHandle;
let roomy: string;
let tight: string;

beforeAll(async () => {
  server = await startServer();
  // The server's own SQLite file, opened beside it (WAL mode lets a second connection write): there are no demo lines yet.
  database = createDatabase({ dataDir: server.dataDir });
  [roomy, tight] = (await addLines(
    database.db,
    [k01Line('E2E-0101', 'ค่าจ้างเหมาทำความสะอาดอาคาร', 5_000_000 * BAHT), k01Line('E2E-0102', 'ค่าวัสดุสำนักงานสำรอง', 100_000 * BAHT)],
    new Date().toISOString(),
  )) as [string, string];
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await server?.stop();
});

async function approveAs(username: string, request: RequestView): Promise<RequestView> {
  const page = await signedInPage(browser, server.baseUrl, username);
  const after = await postJson<RequestView>(page, `/api/requests/${request.id}/events`, { type: 'APPROVE', version: request.version });
  await page.context().close();
  return after;
}

let onRoomy: RequestView;
let onTight: RequestView;

beforeAll(async () => {
  const unit = await signedInPage(browser, server.baseUrl, 'unit1');
  // A claim ahead of it on the same line, so the panel has pending claims to show.
  await submitAllotment(unit, roomy, 750_000 * BAHT, 'ขอเงินประจำงวด ค่าจ้างเหมาทำความสะอาด ไตรมาส 1');
  onRoomy = await submitAllotment(unit, roomy, 1_200_000 * BAHT, 'ขอเงินประจำงวด ค่าจ้างเหมาทำความสะอาด ไตรมาส 2');
  // 300,000 baht on a line of 100,000: brought up to its final level (4, rule A2) where the approval is refused.
  onTight = await submitAllotment(unit, tight, 300_000 * BAHT, 'ขอเงินประจำงวด ค่าวัสดุสำนักงานสำรอง');
  await unit.context().close();
  onTight = await approveAs('analyst1', onTight);
  onTight = await approveAs('head1', onTight);
  expect([onTight.level, onTight.finalLevel]).toEqual([4, 4]);
});

describe('the balance panel', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`shows the analyst the line's figures as the API gives them (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      const budget = (await (await page.request.get(`/api/requests/${onRoomy.id}/budget`)).json()) as RequestBudget;
      const [shown] = budget.lines;
      expect(budget.checked).toBe(true);
      expect(shown?.pending.count).toBe(1);
      if (!shown) throw new Error('the request names its line');

      await page.goto(`/requests/${onRoomy.id}`);
      const block = page.getByTestId('budget-line');
      await block.waitFor();
      expect(await block.count()).toBe(1);
      expect(await block.innerText()).toContain('E2E-0101 ค่าจ้างเหมาทำความสะอาดอาคาร');
      const figure = async (name: string) => (await block.getByTestId(`budget-${name}`).locator('dd').innerText()).trim();
      expect(await figure('appropriation')).toBe(formatMoney(shown.totals.appropriationSatang));
      expect(await figure('allotted')).toBe(formatMoney(shown.totals.allottedSatang));
      expect(await figure('remaining')).toBe(formatMoney(shown.totals.remainingSatang));
      expect(await figure('after')).toBe(formatMoney(shown.afterSatang));
      expect(shown.afterSatang).toBe(3_800_000 * BAHT);
      expect(await figure('pending')).toBe(
        `1 คำขอ รวม ${formatMoney(750_000 * BAHT)} (ยื่นเก่าสุด ${formatThaiDate(shown.pending.oldestSubmittedAt ?? '')})`,
      );
      expect(await block.getByTestId('budget-short').count()).toBe(0);
      await expectSoundPage(page, `budget-panel-${widthName}`);
      await page.context().close();
    });

    it(`refuses the approval of a short line with the Thai reason and says the line is short (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'director1', viewport);
      await page.goto(`/requests/${onTight.id}`);
      const short = page.getByTestId('budget-short');
      await short.waitFor();
      expect(await short.innerText()).toContain(`ยอดคงเหลือไม่พอ ขาดอีก ${formatMoney(200_000 * BAHT)}`);
      await page.getByTestId('action-APPROVE').click();
      await page.getByTestId('action-confirm').click();
      const error = page.getByTestId('action-error');
      await error.waitFor();
      expect(await error.innerText()).toBe(`ยอดคงเหลือของรายการ E2E-0102 ค่าวัสดุสำนักงานสำรอง ไม่พอ: คงเหลือ 100,000.00 บาท ขอ 300,000.00 บาท`);
      const still = (await (await page.request.get(`/api/requests/${onTight.id}`)).json()) as RequestView;
      expect([still.status, still.level, still.version]).toEqual(['in_review', 4, onTight.version]);
      await expectSoundPage(page, `budget-refused-${widthName}`);
      await page.context().close();
    });

    it(`lets a unit search for a line in the form, and the saved request names it (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests/new');
      await page.getByTestId('type-allotment').check();
      expect(await page.locator('#form-fiscal-year').inputValue()).toBe(String(FISCAL_YEAR));
      await page.locator('#form-title').fill(`ขอเงินประจำงวด ค่าวัสดุสำนักงาน (${widthName})`);
      await page.locator('#form-amount').fill('20,000');
      const picker = page.getByTestId('line-picker');
      await page.getByLabel('ค้นหารายการ (รหัส แผนงาน โครงการ หรือชื่อรายการ)').fill('วัสดุสำนักงาน');
      const options = picker.getByTestId('line-picker-option');
      await expect.poll(() => options.count()).toBe(1);
      expect(await options.first().innerText()).toContain(`คงเหลือ ${formatMoney(100_000 * BAHT)}`);
      expect(await options.first().innerText()).toContain('รออนุมัติ 1 คำขอ');
      const radio = options.first().getByRole('radio');
      // Picked with the keyboard, as the radio list allows: the list stays open and the choice is named below it.
      await radio.focus();
      await page.keyboard.press('Space');
      const chosen = picker.getByTestId('line-picker-chosen');
      await chosen.waitFor();
      expect(await radio.isChecked()).toBe(true);
      expect(await chosen.innerText()).toContain('E2E-0102 ค่าวัสดุสำนักงานสำรอง');
      await expectSoundPage(page, `budget-picker-${widthName}`);
      if (widthName === 'phone') expect(await smallTargets(page), 'targets under 44 px').toEqual([]);

      await page.getByTestId('save-draft').click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const saved = (await (await page.request.get(`/api/requests/${id}`)).json()) as RequestView;
      expect(saved.content?.type === 'allotment' ? saved.content.details.lineId : null).toBe(tight);
      await page.context().close();
    });
  }
});
