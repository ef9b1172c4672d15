// The budget office's reports on the lines (issue 16 item 5): a fiscal year's lines per unit with appropriation,
// allotted, transfers, the central fund's movements, what is left and what is pending, with totals; one line's movement
// history with the requests that moved it; the report's CSV and XLSX; and who sees what: figures within scope (a unit its
// own lines and the central fund's, the Budget Office all), every line's identity and appropriation to everyone (B7).
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { insertBudgetLines, type NewBudgetLine } from '@bmrts/db';
import {
  BUDGET_LINE_COLUMNS,
  fiscalYearOf,
  type BudgetLineDetail,
  type BudgetReport,
  type ListedBudgetLine,
  type RequestContentInput,
  type RequestView,
} from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, centralFund, councilTransfer } from '../support/requests';
import { budgetLine } from '../support/budget-lines';
import { csvLines, downloadFile, readWorkbook, sheetRows } from '../support/exports';

const BAHT = 100;
const MILLION_BAHT = 1_000_000 * BAHT;
const FY = 2569;

let t: TestApp;
let office: Office;
let actors: Actors;
/** Lines by a short name: K01's operating and investment lines, D05's, and the pension item of the central fund. */
let lines: { k01Op: string; k01Inv: string; d05: string; pension: string };

const lineSpec = (code: string, unitCode: string | null, item: string, appropriationSatang: number, more: Partial<NewBudgetLine> = {}) =>
  budgetLine({ code, unitCode, item, appropriationSatang, ...more });

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
  const [k01Op, k01Inv, d05, pension] = (await insertBudgetLines(
    t.handle.db,
    () => crypto.randomUUID(),
    [
      lineSpec('K01-0101', 'K01', 'ค่าจ้างเหมาทำความสะอาด', 5 * MILLION_BAHT),
      lineSpec('K01-0301', 'K01', 'ค่าปรับปรุงอาคารสำนักงาน', 3 * MILLION_BAHT, { category: 'investment', project: 'โครงการปรับปรุงอาคาร' }),
      lineSpec('D05-0101', 'D05', 'ค่าวัสดุก่อสร้าง', 4 * MILLION_BAHT),
      lineSpec('CF-0001', null, 'เงินบำเหน็จบำนาญ', 20 * MILLION_BAHT, {
        category: 'central',
        centralItem: 'pension',
        plan: 'งบกลาง',
        project: 'งบกลาง',
      }),
      // Another year's line: never in this year's report.
      lineSpec('K01-0101', 'K01', 'ค่าจ้างเหมาทำความสะอาด', 9 * MILLION_BAHT, { fiscalYear: FY - 1 }),
    ],
    '2025-10-01T00:00:00.000Z',
  )) as [string, string, string, string];
  lines = { k01Op, k01Inv, d05, pension };
});
afterEach(() => t.close());

function allotmentOn(lineId: string, amountSatang: number, title: string): RequestContentInput {
  return allotment({
    title,
    amountSatang,
    details: { multiYear: false, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0, lineId },
  });
}

/** Submitted by K01 and approved at every level: the last approval moves the money. */
async function approvedForK01(content: RequestContentInput): Promise<RequestView> {
  let current = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, content), 'SUBMIT');
  while (current.status === 'in_review') current = await send(t, actors, k01ReviewerAt(office, current.level), current, 'APPROVE');
  expect(current.status).toBe('approved');
  return current;
}

async function submitted(unit: OfficeUser, content: RequestContentInput): Promise<RequestView> {
  return send(t, actors, unit, await createDraft(t, actors, unit, content), 'SUBMIT');
}

async function report(user: OfficeUser, query = `fiscalYear=${FY}`) {
  return call<BudgetReport>(t, 'GET', `/api/budget-report?${query}`, { cookie: await actors.cookie(user) });
}

/** What moved and what waits: an approved 2 M allotment and a 1 M one in review on K01's operating line, a 0.5 M one
 * in review on D05's line, and 6 M of pensions paid from the central fund into K01's operating line. */
async function movements() {
  const allotted = await approvedForK01(allotmentOn(lines.k01Op, 2 * MILLION_BAHT, 'ขอเงินประจำงวด ไตรมาส 1'));
  t.clock.advanceMinutes(10);
  const waiting = await submitted(office.unitK01, allotmentOn(lines.k01Op, 1 * MILLION_BAHT, 'ขอเงินประจำงวด ไตรมาส 2'));
  const d05Waiting = await submitted(office.unitD05, allotmentOn(lines.d05, MILLION_BAHT / 2, 'ขอเงินประจำงวด ค่าวัสดุ'));
  const pensions = await approvedForK01({
    ...centralFund('pension', 6 * MILLION_BAHT),
    details: { item: 'pension', fundLineId: lines.pension, receivingLineId: lines.k01Op },
  } as RequestContentInput);
  return { allotted, waiting, d05Waiting, pensions };
}

describe('the lines report', () => {
  it('gives each line of the year in scope its figures by code, and the totals of the lines shown', async () => {
    const { waiting } = await movements();
    const res = await report(office.analystA);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.fiscalYear).toBe(FY);
    // Analyst A's portfolio is K01 and K02: K01's lines and the central fund's, not D05's.
    expect(res.body.lines.map((l) => l.code)).toEqual(['CF-0001', 'K01-0101', 'K01-0301']);
    const [fund, op, inv] = res.body.lines;
    expect(op?.totals).toEqual({
      appropriationSatang: 5 * MILLION_BAHT,
      allottedSatang: 2 * MILLION_BAHT,
      transferInSatang: 0,
      transferOutSatang: 0,
      centralInSatang: 6 * MILLION_BAHT,
      centralOutSatang: 0,
      remainingSatang: 9 * MILLION_BAHT,
    });
    expect(op?.pending).toEqual({ count: 1, amountSatang: 1 * MILLION_BAHT, oldestSubmittedAt: waiting.submittedAt });
    expect(fund?.totals).toMatchObject({ centralOutSatang: 6 * MILLION_BAHT, remainingSatang: 14 * MILLION_BAHT });
    expect(inv?.totals.remainingSatang).toBe(3 * MILLION_BAHT);
    expect(res.body.totals).toEqual({
      lines: 3,
      appropriationSatang: 28 * MILLION_BAHT,
      allottedSatang: 2 * MILLION_BAHT,
      transferInSatang: 0,
      transferOutSatang: 0,
      centralInSatang: 6 * MILLION_BAHT,
      centralOutSatang: 6 * MILLION_BAHT,
      remainingSatang: 26 * MILLION_BAHT,
      pendingCount: 1,
      pendingSatang: 1 * MILLION_BAHT,
    });
  });

  it('keeps a unit to its own lines and the central fund, and shows the Budget Office every unit', async () => {
    await movements();
    expect((await report(office.unitD05)).body.lines.map((l) => l.code)).toEqual(['CF-0001', 'D05-0101']);
    // Asking for another unit's lines finds none: the scope applies before the filter.
    expect((await report(office.unitK01, `fiscalYear=${FY}&unit=D05`)).body.lines).toEqual([]);
    const all = await report(office.level5);
    expect(all.body.lines.map((l) => l.code)).toEqual(['CF-0001', 'D05-0101', 'K01-0101', 'K01-0301']);
    expect(all.body.lines.find((l) => l.code === 'D05-0101')?.pending).toMatchObject({ count: 1, amountSatang: MILLION_BAHT / 2 });
    expect(all.body.totals).toMatchObject({ lines: 4, pendingCount: 2, pendingSatang: 1.5 * MILLION_BAHT });
    expect((await report(office.admin)).body.totals.lines).toBe(4);
  });

  it('filters by unit, kind, category and a search over code, plan, project and item; the year defaults to the current one', async () => {
    const codes = async (query: string) => (await report(office.admin, query)).body.lines.map((l) => l.code);
    expect(await codes(`fiscalYear=${FY}&unit=K01`)).toEqual(['K01-0101', 'K01-0301']);
    expect(await codes(`fiscalYear=${FY}&kind=central`)).toEqual(['CF-0001']);
    expect(await codes(`fiscalYear=${FY}&category=investment`)).toEqual(['K01-0301']);
    expect(await codes(`fiscalYear=${FY}&q=${encodeURIComponent('ปรับปรุงอาคาร')}`)).toEqual(['K01-0301']);
    expect(await codes(`fiscalYear=${FY}&q=d05-01`)).toEqual(['D05-0101']);
    expect(await codes(`fiscalYear=${FY - 1}`)).toEqual(['K01-0101']);
    const current = await report(office.admin, '');
    expect(current.body.fiscalYear).toBe(fiscalYearOf(t.clock.now()));
  });

  it('refuses a filter it cannot read with 400 and a Thai message', async () => {
    const bad = await call<{ error: { issues: { path: string[]; message: string }[] } }>(t, 'GET', '/api/budget-report?fiscalYear=๒๕๖๙', {
      cookie: await actors.cookie(office.admin),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.path).toEqual(['fiscalYear']);
    expect(bad.body.error.issues[0]?.message).toMatch(/[\u0E00-\u0E7F]/);
    expect((await report(office.admin, `fiscalYear=${FY}&category=snacks`)).status).toBe(400);
    expect((await report(office.admin, `fiscalYear=${FY}&unit=k01`)).status).toBe(400);
    expect((await call(t, 'GET', `/api/budget-report?fiscalYear=${FY}`)).status).toBe(401);
  });
});

describe('a line’s page', () => {
  it('lists every movement, oldest first, with the request that caused it, and the requests in review on it', async () => {
    const { allotted, waiting, pensions } = await movements();
    const res = await call<BudgetLineDetail>(t, 'GET', `/api/budget-lines/${lines.k01Op}`, { cookie: await actors.cookie(office.unitK01) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.line).toMatchObject({ code: 'K01-0101', totals: { remainingSatang: 9 * MILLION_BAHT } });
    expect(res.body.entries.map((e) => [e.kind, e.amountSatang, e.request?.trackingNo ?? null, e.requestOutOfScope])).toEqual([
      ['opening', 5 * MILLION_BAHT, null, false],
      ['allotment', 2 * MILLION_BAHT, allotted.trackingNo, false],
      ['central_in', 6 * MILLION_BAHT, pensions.trackingNo, false],
    ]);
    expect(res.body.entries[1]?.request).toEqual({
      id: allotted.id,
      trackingNo: allotted.trackingNo,
      title: 'ขอเงินประจำงวด ไตรมาส 1',
      unitCode: 'K01',
    });
    expect(res.body.entries[1]?.at).toBe(allotted.decidedAt);
    expect(res.body.pendingRequests).toEqual([
      {
        id: waiting.id,
        trackingNo: waiting.trackingNo,
        title: 'ขอเงินประจำงวด ไตรมาส 2',
        unitCode: 'K01',
        level: waiting.level,
        status: 'in_review',
        submittedAt: waiting.submittedAt,
        role: 'draw',
        amountSatang: 1 * MILLION_BAHT,
      },
    ]);
  });

  it('names another unit’s request on a shared line only as such, and is not found outside the caller’s scope', async () => {
    await movements();
    // The central fund's line is everyone's: D05 sees the pension payment, not whose request it was.
    const fund = await call<BudgetLineDetail>(t, 'GET', `/api/budget-lines/${lines.pension}`, {
      cookie: await actors.cookie(office.unitD05),
    });
    expect(fund.status).toBe(200);
    expect(fund.body.entries.map((e) => [e.kind, e.request, e.requestOutOfScope])).toEqual([
      ['opening', null, false],
      ['central_out', null, true],
    ]);
    const foreign = await call(t, 'GET', `/api/budget-lines/${lines.k01Op}`, { cookie: await actors.cookie(office.unitD05) });
    expect(foreign.status).toBe(404);
    expect((await call(t, 'GET', `/api/budget-lines/${crypto.randomUUID()}`, { cookie: await actors.cookie(office.admin) })).status).toBe(
      404,
    );
    // D05's request in review on its own line is D05's to see, and the Budget Office's.
    const d05 = await call<BudgetLineDetail>(t, 'GET', `/api/budget-lines/${lines.d05}`, { cookie: await actors.cookie(office.analystB) });
    expect(d05.body.pendingRequests.map((r) => r.unitCode)).toEqual(['D05']);
  });
});

describe('the report as a file', () => {
  it('is CSV with Thai headers, amounts in baht and a totals row, within the caller’s scope', async () => {
    await movements();
    const file = await downloadFile(t, `/api/budget-report/export?fiscalYear=${FY}&format=csv`, await actors.cookie(office.unitK01));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/csv');
    expect(decodeURIComponent(file.headers.get('content-disposition') ?? '')).toContain(`งบประมาณ-${FY}.csv`);
    const [header, ...rows] = csvLines(file.text);
    const headers = header?.split(',') ?? [];
    expect(headers.slice(0, 4)).toEqual([
      BUDGET_LINE_COLUMNS.fiscalYear,
      BUDGET_LINE_COLUMNS.unit,
      'ชื่อหน่วยรับงบประมาณ',
      BUDGET_LINE_COLUMNS.code,
    ]);
    expect(headers).toContain('คงเหลือ (บาท)');
    expect(rows).toHaveLength(4); // CF, two K01 lines, the totals
    const op = rows.find((r) => r.includes('K01-0101'))?.split(',') ?? [];
    const at = (name: string) => op[headers.indexOf(name)];
    expect(at('งบประมาณตามข้อบัญญัติ (บาท)')).toBe('5000000.00');
    expect(at('จัดสรรเงินประจำงวดแล้ว (บาท)')).toBe('2000000.00');
    expect(at('ได้รับจากงบกลาง (บาท)')).toBe('6000000.00');
    expect(at('คงเหลือ (บาท)')).toBe('9000000.00');
    expect(at('คำขอรออนุมัติ (จำนวน)')).toBe('1');
    expect(at(BUDGET_LINE_COLUMNS.category)).toBe('งบดำเนินงาน');
    const total = rows.at(-1)?.split(',') ?? [];
    expect(total[1]).toBe('รวม 3 รายการ');
    expect(total[headers.indexOf('คงเหลือ (บาท)')]).toBe('26000000.00');
    expect(file.text).not.toContain('D05-0101');
  });

  it('is XLSX with baht as number cells and the totals row in bold', async () => {
    await movements();
    const file = await downloadFile(
      t,
      `/api/budget-report/export?fiscalYear=${FY}&format=xlsx&unit=K01`,
      await actors.cookie(office.admin),
    );
    expect(file.status).toBe(200);
    const workbook = await readWorkbook(file.bytes);
    const rows = sheetRows(workbook);
    const headers = rows[0] as string[];
    expect(rows).toHaveLength(4); // header, two K01 lines, totals
    const op = rows.find((r) => r.includes('K01-0101')) ?? [];
    expect(op[headers.indexOf('คงเหลือ (บาท)')]).toBe(9_000_000);
    expect(op[headers.indexOf('ชื่อหน่วยรับงบประมาณ')]).toBeTruthy();
    const sheet = workbook.worksheets[0];
    const last = sheet?.getRow(4);
    expect(last?.font?.bold).toBe(true);
    expect(last?.getCell(headers.indexOf('งบประมาณตามข้อบัญญัติ (บาท)') + 1).value).toBe(8_000_000);
    expect(sheet?.getRow(2).getCell(headers.indexOf('คงเหลือ (บาท)') + 1).numFmt).toBe('#,##0.00');
  });
});

describe('other units’ lines (a transfer between units, rule B7)', () => {
  it('are listed to every signed-in person with their identity and appropriation only, and may be a transfer’s destination', async () => {
    await movements();
    const cookie = await actors.cookie(office.unitK01);
    const scoped = await call<{ items: ListedBudgetLine[] }>(t, 'GET', `/api/budget-lines?fiscalYear=${FY}&kind=unit`, { cookie });
    expect(scoped.body.items.map((l) => [l.code, l.inScope])).toEqual([
      ['K01-0101', true],
      ['K01-0301', true],
    ]);
    const all = await call<{ items: ListedBudgetLine[] }>(t, 'GET', `/api/budget-lines?fiscalYear=${FY}&kind=unit&reach=all`, { cookie });
    expect(all.body.items.map((l) => [l.code, l.inScope])).toEqual([
      ['D05-0101', false],
      ['K01-0101', true],
      ['K01-0301', true],
    ]);
    // D05's line: what the ordinance gave it, not what moved on it or what D05 has in review.
    expect(all.body.items[0]).toMatchObject({
      unitCode: 'D05',
      item: 'ค่าวัสดุก่อสร้าง',
      appropriationSatang: 4 * MILLION_BAHT,
      totals: null,
      pending: null,
    });
    expect(all.body.items[1]).toMatchObject({
      appropriationSatang: 5 * MILLION_BAHT,
      totals: { remainingSatang: 9 * MILLION_BAHT },
      pending: { count: 1 },
    });
    // One line by its id, as a form asks for the line it saved: another unit's with its identity only, and only with reach=all.
    const one = await call<{ items: ListedBudgetLine[] }>(t, 'GET', `/api/budget-lines?id=${lines.d05}&reach=all`, { cookie });
    expect(one.body.items.map((l) => [l.code, l.inScope, l.totals])).toEqual([['D05-0101', false, null]]);
    expect((await call<{ items: ListedBudgetLine[] }>(t, 'GET', `/api/budget-lines?id=${lines.d05}`, { cookie })).body.items).toEqual([]);
    expect((await call(t, 'GET', '/api/budget-lines?id=not-a-line', { cookie })).status).toBe(400);
    // The Budget Office sees D05's figures in the same list.
    const office5 = await call<{ items: ListedBudgetLine[] }>(t, 'GET', `/api/budget-lines?fiscalYear=${FY}&kind=unit&reach=all`, {
      cookie: await actors.cookie(office.level5),
    });
    expect(office5.body.items[0]).toMatchObject({ code: 'D05-0101', inScope: true, pending: { count: 1 } });

    const base = councilTransfer();
    if (base.type !== 'transfer') throw new Error('a transfer');
    const b7: RequestContentInput = {
      ...base,
      amountSatang: MILLION_BAHT,
      details: {
        ...base.details,
        lines: [
          { fromItem: 'ค่าปรับปรุงอาคาร', toItem: 'ค่าวัสดุก่อสร้าง', amountSatang: MILLION_BAHT, fromLineId: lines.k01Inv, toLineId: lines.d05 },
        ],
      },
    };
    const draft = await call<RequestView>(t, 'POST', '/api/requests', { cookie, body: b7 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body.content?.type === 'transfer' ? draft.body.content.details.lines[0]?.toLineId : null).toBe(lines.d05);
  });
});
