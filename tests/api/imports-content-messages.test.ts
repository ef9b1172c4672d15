// A row whose cells fail the request's own schema is refused in words a clerk can act on: the row as the sheet numbers
// it, the column as the sheet's header names it, and the reason as the forms word it; no schema paths, no code values.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice } from '../support/office';
import { call, signIn } from '../support/http-client';
import { sheetForm } from '../support/imports';

let t: TestApp;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  admin = await signIn(t, (await buildOffice(t.handle.db)).admin);
});
afterEach(() => t.close());

const HEADERS = ['หน่วยงาน', 'ประเภทคำขอ', 'เรื่อง', 'ยอดเงิน', 'วันที่ส่ง', 'สถานะ', 'ระดับการพิจารณา', 'เลขหนังสือหน่วย', 'ลงวันที่'];
const MAPPING = {
  unit: 'หน่วยงาน',
  type: 'ประเภทคำขอ',
  title: 'เรื่อง',
  amount: 'ยอดเงิน',
  submittedAt: 'วันที่ส่ง',
  status: 'สถานะ',
  level: 'ระดับการพิจารณา',
  letterNo: 'เลขหนังสือหน่วย',
  letterDate: 'ลงวันที่',
};
const csv = (rows: string[][]) => new TextEncoder().encode([HEADERS, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'));

const SHEET = csv([
  // Row 2: fine.
  ['K01', 'ขออนุมัติเงินประจำงวด', 'ค่าจ้างเหมาทำความสะอาด', '1,000', '15/10/2567', 'อนุมัติ', '4', 'กท 5101/1', '14/10/2567'],
  // Row 3: a transfer of 200,000 million baht, above what any request may ask (its transfer line carries the same sum).
  ['K01', 'โอนเปลี่ยนแปลงงบประมาณ', 'โอนงบประมาณก้อนใหญ่', '200,000,000,000', '01/11/2567', 'อนุมัติ', '6', '', ''],
  // Row 4: a letter number of 60 characters and a letter dated in 2600 BE.
  ['K01', 'ขออนุมัติเงินประจำงวด', 'ค่าวัสดุสำนักงาน', '5,000', '15/10/2567', 'อนุมัติ', '4', 'ก'.repeat(60), '01/01/2600'],
]);

const refusalsOf = (body: { refused: { row: number; reasons: { code: string; message: string }[] }[] }) =>
  Object.fromEntries(body.refused.map((r) => [r.row, r.reasons]));

describe('an import row the request schema refuses', () => {
  it('names the row, the sheet’s column and the reason in Thai, one problem each', async () => {
    const res = await call(t, 'POST', '/api/admin/imports/preview', { cookie: admin, form: sheetForm(SHEET, 'เก่า.csv', MAPPING) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.accepted.map((r: { row: number }) => r.row)).toEqual([2]);
    const refused = refusalsOf(res.body);
    expect(refused[3]).toEqual([{ code: 'content_invalid', message: 'แถว 3 คอลัมน์ ยอดเงิน: จำนวนเงินต้องไม่เกิน 100,000,000,000.00 บาท' }]);
    expect(refused[4]).toEqual([
      { code: 'content_invalid', message: 'แถว 4 คอลัมน์ เลขหนังสือหน่วย: เลขที่หนังสือยาวได้ไม่เกิน 50 ตัวอักษร กรุณาตัดให้สั้นลง' },
      { code: 'content_invalid', message: expect.stringMatching(/^แถว 4 คอลัมน์ ลงวันที่: .*วันที่ของหนังสือ/) },
    ]);
    const all = JSON.stringify(res.body.refused);
    // No schema paths or code values reach the clerk.
    for (const leak of ['amountSatang', 'details', 'lines', 'letterNo', 'letterDate', 'letter_date_future', '.0.'])
      expect(all).not.toContain(leak);
  });

  it('says the same in English when asked', async () => {
    const res = await call(t, 'POST', '/api/admin/imports/preview', {
      cookie: admin,
      lang: 'en',
      form: sheetForm(SHEET, 'old.csv', MAPPING),
    });
    const refused = refusalsOf(res.body);
    expect(refused[3]).toEqual([
      { code: 'content_invalid', message: 'Row 3, column ยอดเงิน: Amount can be at most 100,000,000,000.00 baht' },
    ]);
    expect(refused[4]?.[0]?.message).toBe('Row 4, column เลขหนังสือหน่วย: Letter number can be at most 50 characters long; please shorten it');
  });
});
