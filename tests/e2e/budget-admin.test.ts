// The budget's administration and views in a real browser (issue 16): an administrator sets which levels refuse a short
// line, and a reload shows what was saved, after which an analyst's approval at that level is refused with the Thai
// reason; the budget-line import's dry run gives each refused row's reason, then imports the accepted ones; a request's
// history shows, under a decision, the balances the analyst had (at 1280 and 360 px); the dashboard's budget cards show
// exactly GET /api/overview's figures. Every page sound (Sarabun, axe, nothing sideways), screenshots kept.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@bmrts/db';
import { addLines } from '../support/budget-lines';
import {
  formatMillionBaht,
  formatMoney,
  type BudgetLine,
  type CouncilReport,
  type OverviewResponse,
  type RequestView,
} from '@bmrts/shared';
import { chooseFiles, launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { SCREENSHOT_DIR, expectSoundPage } from './support/page-checks';
import { transferWithinPlan } from '../support/requests';
import { THIS_FISCAL_YEAR as FISCAL_YEAR, k01Line, postJson, submitAllotment } from './support/budget-requests';

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const BAHT = 100;
const SAMPLE = new URL('../fixtures/budget-lines-2570.csv', import.meta.url).pathname;

let server: RunningServer;
let browser: Browser;
let database: DatabaseHandle;
let roomy: string;
let tight: string;
/** Four lines a transfer moves between in two pairs: its decisions record four lines, which fold on a phone. */
let pairs: [string, string, string, string];

beforeAll(async () => {
  server = await startServer();
  database = createDatabase({ dataDir: server.dataDir });
  [roomy, tight] = (await addLines(
    database.db,
    [k01Line('E2E-0201', 'ค่าซ่อมแซมครุภัณฑ์สำนักงาน', 2_000_000 * BAHT), k01Line('E2E-0202', 'ค่าเช่าเครื่องถ่ายเอกสาร', 50_000 * BAHT)],
    new Date().toISOString(),
  )) as [string, string];
  pairs = (await addLines(
    database.db,
    [
      k01Line('E2E-0301', 'ค่าวัสดุงานบ้านงานครัว', 400_000 * BAHT),
      k01Line('E2E-0302', 'ค่าซ่อมแซมอาคาร', 100_000 * BAHT),
      k01Line('E2E-0303', 'ค่าน้ำมันเชื้อเพลิง', 300_000 * BAHT),
      k01Line('E2E-0304', 'ค่าเช่ารถยนต์', 100_000 * BAHT),
    ],
    new Date().toISOString(),
  )) as [string, string, string, string];
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await server?.stop();
});

/** An allotment on `lineId`, created and submitted by unit1 (K01) through the API: it waits at level 2. */
async function submittedOn(lineId: string, amountSatang: number, title: string): Promise<RequestView> {
  const unit = await signedInPage(browser, server.baseUrl, 'unit1');
  const submitted = await submitAllotment(unit, lineId, amountSatang, title);
  await unit.context().close();
  expect(submitted.level).toBe(2);
  return submitted;
}

async function approveInBrowser(page: Page, request: RequestView): Promise<void> {
  await page.goto(`/requests/${request.id}`);
  await page.getByTestId('action-APPROVE').click();
  await page.getByTestId('action-confirm').click();
}

describe('the budget check settings', () => {
  it('saves which levels refuse, a reload shows them, and level 2 then refuses a short line with the Thai reason', async () => {
    const admin = await signedInPage(browser, server.baseUrl, 'admin');
    await admin.goto('/admin/budget-check');
    const level2 = admin.getByTestId('budget-check-level-2');
    await level2.waitFor();
    expect(await level2.isChecked()).toBe(false);
    expect(await admin.getByText('ระดับ 2 · เจ้าหน้าที่วิเคราะห์งบประมาณ').count()).toBe(1);
    expect(await admin.getByTestId('budget-check-in-force').innerText()).toBe('ที่ใช้อยู่: ตรวจเฉพาะการอนุมัติขั้นสุดท้าย · ไม่กันเงินเมื่อส่งคำขอ');
    await level2.check();
    await admin.getByTestId('budget-check-save').click();
    await expect.poll(() => admin.getByTestId('budget-check-saved').textContent()).toBe('บันทึกการตั้งค่าการตรวจยอดงบประมาณแล้ว');
    await expectSoundPage(admin, 'admin-budget-check-desktop');

    await admin.reload();
    await admin.getByTestId('budget-check-level-2').waitFor();
    expect(await admin.getByTestId('budget-check-level-2').isChecked()).toBe(true);
    expect(await admin.getByTestId('budget-check-level-3').isChecked()).toBe(false);
    expect(await admin.getByTestId('budget-check-reserve').isChecked()).toBe(false);
    expect(await admin.getByTestId('budget-check-in-force').innerText()).toBe('ที่ใช้อยู่: ตรวจที่การอนุมัติขั้นสุดท้ายและระดับ 2 · ไม่กันเงินเมื่อส่งคำขอ');
    const stored = (await (await admin.request.get('/api/admin/budget-check')).json()) as unknown;
    expect(stored).toEqual({ enforceAtLevels: [2], reserveOnSubmit: false });
    await admin.setViewportSize(WIDTHS.phone);
    await expectSoundPage(admin, 'admin-budget-check-phone');
    await admin.context().close();

    // 80,000 baht on a line of 50,000, at level 2, which now refuses.
    const short = await submittedOn(tight, 80_000 * BAHT, 'ขอเงินประจำงวด ค่าเช่าเครื่องถ่ายเอกสาร');
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    await approveInBrowser(analyst, short);
    const error = analyst.getByTestId('action-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('ยอดคงเหลือของรายการ E2E-0202 ค่าเช่าเครื่องถ่ายเอกสาร ไม่พอ: คงเหลือ 50,000.00 บาท ขอ 80,000.00 บาท');
    const still = (await (await analyst.request.get(`/api/requests/${short.id}`)).json()) as RequestView;
    expect([still.status, still.level, still.version]).toEqual(['in_review', 2, short.version]);
    await analyst.context().close();
  });
});

describe('the budget-line import', () => {
  it('gives each refused row its Thai reason in the dry run, then imports the accepted lines at once', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await page.goto('/admin/budget-import');
    await chooseFiles(page.getByTestId('line-import-file'), SAMPLE);
    await page.getByTestId('line-import-read').click();
    await expect.poll(() => page.getByTestId('line-import-summary').textContent()).toBe('นำเข้าได้ 4 แถว ไม่ผ่าน 3 แถว จากทั้งหมด 7 แถว');
    const refused = page.getByTestId('line-import-refused');
    expect(await refused.locator('tr[data-row="6"]').innerText()).toContain('แถว 6: ไม่พบหน่วยรับงบประมาณ "X99"');
    expect(await refused.locator('tr[data-row="8"]').innerText()).toContain('ไม่รู้จักงบรายจ่าย "งบอะไรก็ได้"');
    expect(await page.getByTestId('line-import-accepted').locator('tbody tr').count()).toBe(4);
    await expectSoundPage(page, 'admin-line-import-dry-run-desktop');
    await page.setViewportSize(WIDTHS.phone);
    await expectSoundPage(page, 'admin-line-import-dry-run-phone');
    await page.setViewportSize(WIDTHS.desktop);
    // The dry run wrote nothing.
    const before = (await (await page.request.get('/api/budget-lines?fiscalYear=2570&q=K01-2570')).json()) as { items: BudgetLine[] };
    expect(before.items).toEqual([]);

    await page.getByTestId('line-import-run').click();
    await expect.poll(() => page.getByTestId('line-import-done').textContent()).toBe('เพิ่มรายการงบประมาณแล้ว 4 รายการ');
    const after = (await (await page.request.get('/api/budget-lines?fiscalYear=2570&q=2570-0')).json()) as { items: BudgetLine[] };
    expect(after.items.map((l) => [l.code, l.totals.appropriationSatang]).sort()).toEqual([
      ['CF-2570-01', 500_000_000 * BAHT],
      ['K01-2570-0101', 2_400_000 * BAHT],
      ['K01-2570-0102', 850_000 * BAHT],
      ['K01-2570-0301', 1_250_000_050],
    ]);
    await page.context().close();
  });
});

/** A transfer of 50,000 baht from each of two lines to two others, submitted by unit1: it waits at level 2. */
async function transferSubmitted(): Promise<RequestView> {
  const unit = await signedInPage(browser, server.baseUrl, 'unit1');
  const base = transferWithinPlan();
  if (base.type !== 'transfer') throw new Error('a transfer');
  const amount = 50_000 * BAHT;
  const [from1, to1, from2, to2] = pairs;
  const content = {
    ...base,
    fiscalYear: FISCAL_YEAR,
    amountSatang: 2 * amount,
    details: {
      ...base.details,
      lines: [
        { fromItem: 'ค่าวัสดุงานบ้านงานครัว', toItem: 'ค่าซ่อมแซมอาคาร', amountSatang: amount, fromLineId: from1, toLineId: to1 },
        { fromItem: 'ค่าน้ำมันเชื้อเพลิง', toItem: 'ค่าเช่ารถยนต์', amountSatang: amount, fromLineId: from2, toLineId: to2 },
      ],
    },
  };
  const draft = await postJson<RequestView>(unit, '/api/requests', content);
  const submitted = await postJson<RequestView>(unit, `/api/requests/${draft.id}/events`, { type: 'SUBMIT', version: draft.version });
  await unit.context().close();
  return submitted;
}

describe('the balances a decision was taken on', () => {
  let decided: RequestView;
  let transfer: RequestView;
  beforeAll(async () => {
    const submittedTransfer = await transferSubmitted();
    const first = await submittedOn(roomy, 300_000 * BAHT, 'ขอเงินประจำงวด ค่าซ่อมแซมครุภัณฑ์ งวดที่ 1');
    await submittedOn(roomy, 200_000 * BAHT, 'ขอเงินประจำงวด ค่าซ่อมแซมครุภัณฑ์ งวดที่ 2');
    const analyst = await signedInPage(browser, server.baseUrl, 'analyst1');
    decided = await postJson<RequestView>(analyst, `/api/requests/${first.id}/events`, { type: 'APPROVE', version: first.version });
    transfer = await postJson<RequestView>(analyst, `/api/requests/${submittedTransfer.id}/events`, {
      type: 'APPROVE',
      version: submittedTransfer.version,
    });
    await analyst.context().close();
  });

  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`are shown under the approval in the history, as recorded (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      const view = (await (await page.request.get(`/api/requests/${decided.id}`)).json()) as RequestView;
      const approval = view.history.find((e) => e.type === 'APPROVE');
      const [seen] = approval?.seen?.lines ?? [];
      expect(seen).toMatchObject({ code: 'E2E-0201', role: 'draw', amountSatang: 300_000 * BAHT, remainingSatang: 2_000_000 * BAHT });
      expect(seen?.pendingSatang).toBe(200_000 * BAHT);

      await page.goto(`/requests/${decided.id}`);
      const entry = page.locator('[data-testid="timeline-entry"][data-event="APPROVE"]');
      const balances = entry.getByTestId('seen-balances');
      await balances.waitFor();
      expect(await balances.locator('summary').innerText()).toBe('ยอดคงเหลือขณะพิจารณา (1 รายการ)');
      const shown = balances.getByTestId('seen-line');
      expect(await shown.count()).toBe(1);
      expect(await shown.isVisible()).toBe(true);
      expect(await shown.innerText()).toContain('E2E-0201 ค่าซ่อมแซมครุภัณฑ์สำนักงาน');
      expect(await shown.getByTestId('seen-amount').innerText()).toBe(`ขอเบิก ${formatMoney(300_000 * BAHT)}`);
      expect(await shown.getByTestId('seen-remaining').innerText()).toBe(`คงเหลือ ${formatMoney(2_000_000 * BAHT)}`);
      expect(await shown.getByTestId('seen-pending').innerText()).toBe(`รออนุมัติ ${formatMoney(200_000 * BAHT)}`);
      // The submission is the unit's, not a decision: no balances under it.
      expect(await page.locator('[data-testid="timeline-entry"][data-event="SUBMIT"]').getByTestId('seen-balances').count()).toBe(0);
      await balances.scrollIntoViewIfNeeded();
      await expectSoundPage(page, `history-seen-${widthName}`);
      await page.getByTestId('timeline').screenshot({ path: `${SCREENSHOT_DIR}history-seen-timeline-${widthName}.png` });
      await page.context().close();
    });

    it(`fold a long list on a phone, not at a desk (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto(`/requests/${transfer.id}`);
      const balances = page.locator('[data-testid="timeline-entry"][data-event="APPROVE"]').getByTestId('seen-balances');
      await balances.waitFor();
      expect(await balances.locator('summary').innerText()).toBe('ยอดคงเหลือขณะพิจารณา (4 รายการ)');
      const lines = balances.getByTestId('seen-line');
      expect(await lines.count()).toBe(4);
      const open = widthName === 'desktop';
      // Drawn by the server folded (it has no screen to measure); at a desk it opens once the app holds the page.
      await expect.poll(() => balances.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(open);
      expect(await lines.first().isVisible()).toBe(open);
      if (!open) {
        await balances.locator('summary').click();
        await lines.first().waitFor();
      }
      expect(await lines.allInnerTexts()).toEqual([
        expect.stringContaining('E2E-0301 ค่าวัสดุงานบ้านงานครัว'),
        expect.stringContaining('E2E-0303 ค่าน้ำมันเชื้อเพลิง'),
        expect.stringContaining('E2E-0302 ค่าซ่อมแซมอาคาร'),
        expect.stringContaining('E2E-0304 ค่าเช่ารถยนต์'),
      ]);
      expect(await lines.nth(2).getByTestId('seen-amount').innerText()).toBe(`รับเข้า ${formatMoney(50_000 * BAHT)}`);
      await expectSoundPage(page, `history-seen-folded-${widthName}`);
      await page.context().close();
    });
  }
});

describe('the dashboard’s budget', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`shows the totals and the lines closest to empty exactly as the API gives them (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'admin', viewport);
      await page.goto('/overview');
      await page.getByTestId('dash-budget-cards').waitFor();
      const api = (await (await page.request.get('/api/overview')).json()) as OverviewResponse;
      const { units, central } = api.budget;
      expect(units.lines, 'the demo has lines this year').toBeGreaterThan(0);
      const cards = {
        appropriation: units.appropriationSatang,
        allotted: units.allottedSatang,
        transferred: units.transferOutSatang,
        remaining: units.remainingSatang,
        pending: units.pending.amountSatang,
      };
      for (const [card, satang] of Object.entries(cards)) {
        expect(await page.getByTestId(`budget-card-${card}-value`).innerText(), card).toBe(formatMillionBaht(satang));
      }
      expect(await page.getByTestId('dash-budget-central').innerText()).toContain(`ตั้งไว้ ${formatMillionBaht(central.appropriationSatang)}`);
      const rows = page.getByTestId('dash-closest-row');
      expect(await rows.count()).toBe(api.budget.closestToEmpty.length);
      const percents = await page.getByTestId('dash-closest-percent').allInnerTexts();
      expect(percents).toEqual(api.budget.closestToEmpty.map((l) => l.leftPercent.toFixed(1)));
      await page.getByTestId('dash-budget').scrollIntoViewIfNeeded();
      await expectSoundPage(page, `dashboard-budget-${widthName}`);
      await page.getByTestId('dash-budget').screenshot({ path: `${SCREENSHOT_DIR}dashboard-budget-section-${widthName}.png` });
      await page.context().close();
    });
  }
});

describe('the Council report’s central fund', () => {
  it('says whether the ledger agrees with the approved requests, as the API does (the demo’s do)', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'bodirector');
    const year = FISCAL_YEAR - 1;
    await page.goto(`/reports/council?fiscalYear=${year}`);
    const check = page.getByTestId('council-ledger');
    await check.waitFor();
    const api = (await (await page.request.get(`/api/council-report?fiscalYear=${year}`)).json()) as CouncilReport;
    // The demo's approved central-fund requests all moved their money: the two agree.
    expect(api.centralFund.ledger.agrees).toBe(true);
    expect(await check.getAttribute('data-agrees')).toBe(String(api.centralFund.ledger.agrees));
    const said = api.centralFund.ledger.agrees ? 'council-ledger-agrees' : 'council-ledger-disagrees';
    expect(await check.getByTestId(said).count()).toBe(1);
    await expectSoundPage(page, 'council-report-ledger');
    await check.screenshot({ path: `${SCREENSHOT_DIR}council-report-ledger-section.png` });
    await page.context().close();
  });
});
