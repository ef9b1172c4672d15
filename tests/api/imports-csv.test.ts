// An uploaded CSV as Excel and Google Sheets save it: byte-order mark, CRLF lines, quoted commas, doubled quotes and
// line breaks, Thai text; rows numbered as the spreadsheet shows them; a broken file refused in the clerk's words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice } from '../support/office';
import { call, signIn } from '../support/http-client';
import { sheetForm, upload } from '../support/imports';

let t: TestApp;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  admin = await signIn(t, (await buildOffice(t.handle.db)).admin);
});
afterEach(() => t.close());

const HEADER = 'ลำดับ,เลขที่หนังสือ,หน่วยงาน,ประเภทคำขอ,รายการ,จำนวนเงิน (บาท),วันที่ส่ง,สถานะ,ระดับการพิจารณา,วันที่อนุมัติ,หมายเหตุ';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('an uploaded CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks in Thai text, and numbers rows as the spreadsheet does', async () => {
    const file = csv(
      HEADER,
      '1,กท 5101/1201,สำนักงานเขตพระนคร,ขออนุมัติเงินประจำงวด,"ค่าจ้างเหมา, ทำความสะอาด ""อาคาร ก""","1,250,000.00",15/10/2567,อนุมัติ,4,22/10/2567,"บรรทัดแรก\r\nบรรทัดที่สอง"',
      '',
      '2,กท 5102/0877,สำนักงานเขตดุสิต,โอนเปลี่ยนแปลงงบประมาณ,โอนค่าวัสดุไปเป็นค่าซ่อมแซมถนนในซอย,"480,000",01/11/2567,อนุมัติ,6,15/11/2567,',
    );
    const res = await upload(t, '/api/admin/imports/preview', admin, file, 'ระบบเดิม.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.headers[0]).toBe('ลำดับ');
    expect(res.body.refused).toEqual([]);
    // Row 3 is the blank line between them: the spreadsheet shows it, so the second request is on row 4.
    expect(
      res.body.accepted.map((r: { row: number; title: string; amountSatang: number; sourceRef: string }) => [
        r.row,
        r.title,
        r.amountSatang,
        r.sourceRef,
      ]),
    ).toEqual([
      [2, 'ค่าจ้างเหมา, ทำความสะอาด "อาคาร ก"', 125_000_000, 'กท 5101/1201'],
      [4, 'โอนค่าวัสดุไปเป็นค่าซ่อมแซมถนนในซอย', 48_000_000, 'กท 5102/0877'],
    ]);
  });

  it('keeps a quote typed inside an unquoted cell as it is', async () => {
    const file = csv(
      HEADER,
      '1,กท 5101/1201,สำนักงานเขตพระนคร,ขออนุมัติเงินประจำงวด,โครงการ "คลองสวย" ระยะที่ 2,"95,000",15/10/2567,อนุมัติ,4,22/10/2567,',
    );
    const res = await upload(t, '/api/admin/imports/preview', admin, file, 'ระบบเดิม.csv');
    expect(res.body.accepted.map((r: { title: string }) => r.title)).toEqual(['โครงการ "คลองสวย" ระยะที่ 2']);
  });

  it('refuses a file whose quote is never closed in the clerk’s words, Thai or English, and imports nothing', async () => {
    const file = csv(
      HEADER,
      '1,กท 5101/1201,สำนักงานเขตพระนคร,ขออนุมัติเงินประจำงวด,ค่าจ้างเหมา,"95,000",15/10/2567,อนุมัติ,4,22/10/2567,"หมายเหตุที่ไม่ปิดคำพูด',
    );
    const thai = await upload(t, '/api/admin/imports/preview', admin, file, 'ระบบเดิม.csv');
    expect(thai.status).toBe(422);
    expect(thai.body.error).toEqual({
      code: 'import_csv_unreadable',
      message: 'อ่านไฟล์ CSV ไม่ได้ เพราะมีเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิดหรือวางผิดที่ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่เป็น CSV UTF-8',
    });
    const english = await call(t, 'POST', '/api/admin/imports', { cookie: admin, lang: 'en', form: sheetForm(file, 'old.csv') });
    expect(english.status).toBe(422);
    expect(english.body.error.message).toMatch(/^The CSV file cannot be read: a quotation mark/);
    expect(english.body.error.message).not.toMatch(/Quote Not Closed|line \d/);
    const stored = await t.handle.db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
  });
});
