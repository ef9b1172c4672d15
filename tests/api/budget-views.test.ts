// The money in the Office's views (issue 16): the dashboard's budget totals and lines closest to empty, counted by hand
// over lines of two units and a central-fund item, within the caller's overview scope; and the Council report's
// central-fund part beside the ledger's central_out/central_in entries of the year, saying when they disagree.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewBudgetLine } from '@bmrts/db';
import type { CouncilReport, OverviewResponse, RequestContentInput, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office, type OfficeUser } from '../support/office';
import ExcelJS from 'exceljs';
import { call, signIn } from '../support/http-client';
import { download } from '../support/surveys';
import { Actors, createDraft, send } from '../support/workflow';
import { centralFund } from '../support/requests';
import { addLine, allotmentOn } from '../support/budget-lines';

const MILLION_BAHT = 100_000_000;

let t: TestApp;
let office: Office;
let actors: Actors;

/** 10:00 on 2 March 2026 in Bangkok: fiscal year 2569. */
beforeEach(async () => {
  t = await makeTestApp('2026-03-02T03:00:00.000Z');
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const line = (overrides: Partial<NewBudgetLine> & { appropriationSatang: number }) => addLine(t.handle.db, overrides);
const pensionFund = (appropriationSatang: number) =>
  line({ kind: 'central', unitCode: null, category: 'central', item: 'เงินบำเหน็จบำนาญ', centralItem: 'pension', appropriationSatang });

const centralOn = (fundLineId: string | null, receivingLineId: string | null, amountSatang: number): RequestContentInput =>
  ({
    ...centralFund('pension', amountSatang),
    details: { item: 'pension', fundLineId, receivingLineId },
  }) as RequestContentInput;

async function submitted(content: RequestContentInput, unit = office.unitK01): Promise<RequestView> {
  return send(t, actors, unit, await createDraft(t, actors, unit, content), 'SUBMIT');
}

/** Approved level by level to its final level, K01's reviewers. */
async function approved(content: RequestContentInput): Promise<RequestView> {
  let current = await submitted(content);
  while (current.status === 'in_review') current = await send(t, actors, k01ReviewerAt(office, current.level), current, 'APPROVE');
  expect(current.status).toBe('approved');
  return current;
}

async function overview(user: OfficeUser): Promise<OverviewResponse> {
  const res = await call<OverviewResponse>(t, 'GET', '/api/overview?fiscalYear=2569', { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('the dashboard’s budget', () => {
  it('adds up the year’s lines, their movements and pending claims, and lists the lines closest to empty', async () => {
    const k1 = await line({ appropriationSatang: 10 * MILLION_BAHT });
    const k2 = await line({ appropriationSatang: 4 * MILLION_BAHT });
    const d5 = await line({ unitCode: 'D05', appropriationSatang: 20 * MILLION_BAHT });
    const fund = await pensionFund(50 * MILLION_BAHT);
    // Another year's line counts for nothing here.
    await line({ fiscalYear: 2570, appropriationSatang: 99 * MILLION_BAHT });

    await approved(allotmentOn(k1, 7 * MILLION_BAHT)); // k1: 3 M left of 10 (30 %)
    await approved(centralOn(fund, k2, 5 * MILLION_BAHT)); // fund: 45 M left of 50 (90 %); k2: 9 M left of 4 (225 %)
    await submitted(allotmentOn(k1, 2 * MILLION_BAHT)); // pending on k1
    await submitted(allotmentOn(d5, 1 * MILLION_BAHT), office.unitD05); // pending on d5

    const all = (await overview(office.level6)).budget;
    expect(all.fiscalYear).toBe(2569);
    expect(all.units).toEqual({
      lines: 3,
      appropriationSatang: 34 * MILLION_BAHT,
      allottedSatang: 7 * MILLION_BAHT,
      transferInSatang: 0,
      transferOutSatang: 0,
      centralInSatang: 5 * MILLION_BAHT,
      centralOutSatang: 0,
      remainingSatang: 32 * MILLION_BAHT,
      pending: { claims: 2, amountSatang: 3 * MILLION_BAHT },
    });
    expect(all.central).toEqual({
      lines: 1,
      appropriationSatang: 50 * MILLION_BAHT,
      allottedSatang: 0,
      transferInSatang: 0,
      transferOutSatang: 0,
      centralInSatang: 0,
      centralOutSatang: 5 * MILLION_BAHT,
      remainingSatang: 45 * MILLION_BAHT,
      pending: { claims: 0, amountSatang: 0 },
    });
    expect(all.closestToEmpty.map((l) => [l.id, l.leftPercent, l.remainingSatang, l.pendingSatang])).toEqual([
      [k1, 30, 3 * MILLION_BAHT, 2 * MILLION_BAHT],
      [fund, 90, 45 * MILLION_BAHT, 0],
      [d5, 100, 20 * MILLION_BAHT, 1 * MILLION_BAHT],
      [k2, 225, 9 * MILLION_BAHT, 0],
    ]);

    // A division director sees their division's units (K01, not D05) and the central fund.
    const division = (await overview(office.directorDivision1)).budget;
    expect([division.units.lines, division.units.appropriationSatang, division.units.pending]).toEqual([
      2,
      14 * MILLION_BAHT,
      { claims: 1, amountSatang: 2 * MILLION_BAHT },
    ]);
    expect(division.central.lines).toBe(1);
    expect(division.closestToEmpty.map((l) => l.id)).toEqual([k1, fund, k2]);
  });

  it('is empty, not missing, for a year without lines', async () => {
    const res = await call<OverviewResponse>(t, 'GET', '/api/overview?fiscalYear=2566', { cookie: await actors.cookie(office.level6) });
    expect(res.status).toBe(200);
    expect(res.body.budget.units.lines).toBe(0);
    expect(res.body.budget.units.remainingSatang).toBe(0);
    expect(res.body.budget.closestToEmpty).toEqual([]);
  });
});

describe('the Council report’s central fund against the ledger', () => {
  async function report(): Promise<CouncilReport> {
    const res = await call<CouncilReport>(t, 'GET', '/api/council-report?fiscalYear=2569', { cookie: await actors.cookie(office.level6) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('takes its totals from the ledger and agrees when every approved request moved its money', async () => {
    const fund = await pensionFund(50 * MILLION_BAHT);
    const receiving = await line({ appropriationSatang: 0 });
    await approved(centralOn(fund, receiving, 5 * MILLION_BAHT));
    await approved(centralOn(fund, receiving, 3 * MILLION_BAHT));

    const { centralFund: part } = await report();
    expect(part.total.approvedSatang).toBe(8 * MILLION_BAHT);
    expect(part.ledger.agrees).toBe(true);
    expect(part.ledger.centralOutSatang).toBe(8 * MILLION_BAHT);
    expect(part.ledger.centralInSatang).toBe(8 * MILLION_BAHT);
    expect(part.ledger.byItem.find((i) => i.item === 'pension')).toEqual({
      item: 'pension',
      requestsSatang: 8 * MILLION_BAHT,
      ledgerSatang: 8 * MILLION_BAHT,
    });
    expect(part.ledger.byItem.filter((i) => i.item !== 'pension').every((i) => i.ledgerSatang === 0 && i.requestsSatang === 0)).toBe(true);
  });

  it('says it disagrees when an approved request moved no money in the ledger, or an entry was changed', async () => {
    const fund = await pensionFund(50 * MILLION_BAHT);
    const receiving = await line({ appropriationSatang: 0 });
    const named = await approved(centralOn(fund, receiving, 5 * MILLION_BAHT));
    // Naming no line (as a request from the old sheet), its approval moves nothing in the ledger.
    await approved(centralOn(null, null, 2 * MILLION_BAHT));

    let ledger = (await report()).centralFund.ledger;
    expect(ledger.agrees).toBe(false);
    expect(ledger.byItem.find((i) => i.item === 'pension')).toEqual({
      item: 'pension',
      requestsSatang: 7 * MILLION_BAHT,
      ledgerSatang: 5 * MILLION_BAHT,
    });

    // An entry edited in the database: what went out no longer equals what came in, and the report says so too.
    await t.handle.db
      .updateTable('budget_ledger')
      .set({ amount_satang: 4 * MILLION_BAHT })
      .where('request_id', '=', named.id)
      .where('kind', '=', 'central_in')
      .execute();
    ledger = (await report()).centralFund.ledger;
    expect([ledger.agrees, ledger.centralOutSatang, ledger.centralInSatang]).toEqual([false, 5 * MILLION_BAHT, 4 * MILLION_BAHT]);

    // The XLSX says the same on a sheet of its own: the verdict above the table, per item the two sums and the difference.
    const sheet = await ledgerSheet();
    const lines = sheetLines(sheet);
    expect(lines).toContainEqual([expect.stringMatching(/^ไม่ตรงกัน/)]);
    expect(lines).toContainEqual(['ยอดจ่ายจากงบกลางรวมไม่เท่ากับยอดที่หน่วยงานได้รับรวม']);
    expect(lines).toContainEqual(['เงินบำเหน็จบำนาญ', 7_000_000, 5_000_000, -2_000_000]);
    expect(lines).toContainEqual(['รวมทั้งสิ้น', 7_000_000, 5_000_000, -2_000_000, 4_000_000]);
  });

  it('says so in the XLSX when they agree', async () => {
    const fund = await pensionFund(50 * MILLION_BAHT);
    await approved(centralOn(fund, await line({ appropriationSatang: 0 }), 5 * MILLION_BAHT));
    const lines = sheetLines(await ledgerSheet());
    expect(lines).toContainEqual([expect.stringMatching(/^ตรงกัน/)]);
    expect(lines).toContainEqual(['เงินบำเหน็จบำนาญ', 5_000_000, 5_000_000, 0]);
  });

  async function ledgerSheet(): Promise<ExcelJS.Worksheet> {
    const res = await download(t, '/api/council-report/xlsx?fiscalYear=2569', await signIn(t, office.level6));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('งบกลางตามบัญชี');
    if (!sheet) throw new Error('no ledger sheet');
    return sheet;
  }

  /** Each row's values, empty cells left out. */
  function sheetLines(sheet: ExcelJS.Worksheet): unknown[][] {
    const lines: unknown[][] = [];
    sheet.eachRow((row) => lines.push((row.values as unknown[]).slice(1).filter((v) => v !== null && v !== undefined)));
    return lines;
  }
});
