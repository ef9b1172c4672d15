// Budget lines from the ordinance's tables (issue 16): the dry run names every refused row's reason in words and writes
// nothing; the import adds every accepted line with its opening appropriation in one transaction, audited, and a line
// code already there is refused the next time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BudgetLine } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { budgetLineSheet, sheetForm } from '../support/imports';

let t: TestApp;
let office: Office;
beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
});
afterEach(() => t.close());

async function post(path: string, lang: 'th' | 'en' = 'th', user = office.admin) {
  return call(t, 'POST', path, {
    cookie: await signIn(t, user),
    form: sheetForm(budgetLineSheet(), 'ข้อบัญญัติ 2570.csv'),
    lang,
  });
}

describe('importing budget lines', () => {
  it('dry-runs the sample sheet: four lines accepted, three rows refused with their reasons, nothing written', async () => {
    const preview = await post('/api/admin/budget-lines/import/preview');
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.missingColumns).toEqual([]);
    expect(preview.body.accepted.map((a: { code: string; appropriationSatang: number }) => [a.code, a.appropriationSatang])).toEqual([
      ['K01-2570-0101', 240_000_000],
      ['K01-2570-0102', 85_000_000],
      ['K01-2570-0301', 1_250_000_050],
      ['CF-2570-01', 50_000_000_000],
    ]);
    expect(preview.body.refused).toEqual([
      { row: 6, reasons: ['แถว 6: ไม่พบหน่วยรับงบประมาณ "X99"'] },
      { row: 7, reasons: ['แถว 7: รหัสรายการ "K01-2570-0101" ซ้ำกับแถวก่อนหน้าในไฟล์'] },
      {
        row: 8,
        reasons: ['แถว 8: ไม่รู้จักงบรายจ่าย "งบอะไรก็ได้"', 'แถว 8: จำนวนเงิน "-5" ไม่ถูกต้อง ใส่ตัวเลขเป็นบาท ไม่ติดลบ ไม่เกิน 100,000,000,000.00 บาท'],
      },
    ]);
    expect((await post('/api/admin/budget-lines/import/preview', 'en')).body.refused[0].reasons).toEqual([
      'Row 6: Unknown budget unit "X99"',
    ]);
    expect(await t.handle.db.selectFrom('budget_lines').select('id').execute()).toEqual([]);
  });

  it('adds the accepted lines with their opening entries, audited; the same sheet again adds nothing', async () => {
    const done = await post('/api/admin/budget-lines/import');
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.imported).toBe(4);
    const lines = await call<{ items: BudgetLine[] }>(t, 'GET', '/api/budget-lines?fiscalYear=2570', {
      cookie: await signIn(t, office.admin),
    });
    expect(lines.body.items.map((l) => [l.code, l.kind, l.unitCode, l.centralItem, l.totals.remainingSatang])).toEqual([
      ['CF-2570-01', 'central', null, 'emergency_reserve', 50_000_000_000],
      ['K01-2570-0101', 'unit', 'K01', null, 240_000_000],
      ['K01-2570-0102', 'unit', 'K01', null, 85_000_000],
      ['K01-2570-0301', 'unit', 'K01', null, 1_250_000_050],
    ]);
    const openings = await t.handle.db
      .selectFrom('budget_ledger')
      .select(['kind', 'amount_satang'])
      .where('kind', '=', 'opening')
      .execute();
    expect(openings.map((o) => o.amount_satang).sort((a, b) => a - b)).toEqual([85_000_000, 240_000_000, 1_250_000_050, 50_000_000_000]);
    expect(await t.handle.db.selectFrom('audit_log').select('action').where('action', '=', 'budget_lines.import').execute()).toHaveLength(
      1,
    );
    // A budget unit's staff see their own lines and the central fund's; the import is administrators' only.
    const unitView = await call<{ items: BudgetLine[] }>(t, 'GET', '/api/budget-lines?fiscalYear=2570', {
      cookie: await signIn(t, office.unitD05),
    });
    expect(unitView.body.items.map((l) => l.code)).toEqual(['CF-2570-01']);
    expect((await post('/api/admin/budget-lines/import', 'th', office.unitK01)).status).toBe(403);

    const again = await post('/api/admin/budget-lines/import');
    expect(again.body.imported).toBe(0);
    expect(again.body.refused[0].reasons).toEqual(['แถว 2: รหัสรายการ "K01-2570-0101" มีอยู่แล้วในปีงบประมาณนี้']);
    expect(await t.handle.db.selectFrom('budget_lines').select('id').execute()).toHaveLength(4);
  });
});
