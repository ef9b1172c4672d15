// Survey exports: CSV that Excel opens in Thai, XLSX with numbers as numbers, and Thai file names that survive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { addUnitStaff, createRound, defaultAnswers, download } from '../support/surveys';
import { zipEntries } from '../support/zip-entries';

let t: TestApp;
let office: Office;
let admin: string;
let roundId: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
  const people = await addUnitStaff(t, 'k02', 30, 'K02');
  roundId = (await createRound(t, admin, { title: 'สำรวจ/2569', invitation: { unitCodes: ['K02'] } })).id;
  for (const [index, person] of people.entries()) {
    const suggestion = index === 0 ? '=HYPERLINK("http://example.com","คลิก")' : index === 1 ? 'ดี, แต่ "ช้า"\nบางครั้ง' : undefined;
    await call(t, 'PUT', `/api/surveys/${roundId}/response`, {
      cookie: await signIn(t, person),
      body: defaultAnswers(index === 0 ? 4 : 5, 4, suggestion),
    });
  }
});
afterEach(() => t.close());

describe('CSV', () => {
  it('is UTF-8 with a byte-order mark, a Thai RFC 5987 file name, and the KPI figures', async () => {
    const res = await download(t, `/api/admin/surveys/${roundId}/export?what=results&format=csv`, admin);
    expect(res.status).toBe(200);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('ผลสำรวจ-สำรวจ 2569.csv')}`);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    expect(res.text).toContain('ร้อยละของผู้ใช้บริการที่มีความพึงพอใจในระดับดีมาก,96.7\r\n');
    expect(res.text).toContain('ผลเทียบเป้าหมาย,ผ่านเป้าหมาย');
    expect(res.text).toMatch(/\r\n1,ความพึงพอใจโดยรวม[^\r\n]*,ใช่,30,4.97,มากที่สุด,0.18,96.7,100,99.3,29,1,0,0,0\r\n/);
  });

  it('quotes commas, quotes and line breaks, and keeps a formula from running', async () => {
    const res = await download(t, `/api/admin/surveys/${roundId}/export?what=answers&format=csv`, admin);
    expect(res.text).toContain(`"'=HYPERLINK(""http://example.com"",""คลิก"")"`);
    expect(res.text).toContain('"ดี, แต่ ""ช้า""\nบางครั้ง"');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('คำตอบ-สำรวจ 2569.csv'));
    // Header plus one row per response.
    expect(res.text.split('\r\n').filter((line) => /^[0-9a-f-]{36},/.test(line))).toHaveLength(30);
  });
});

describe('XLSX', () => {
  it('holds one sheet per table with Thai headers and the figures stored as numbers', async () => {
    const res = await download(t, `/api/admin/surveys/${roundId}/export?what=results&format=xlsx`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const entries = zipEntries(res.bytes);
    const workbook = entries.get('xl/workbook.xml') ?? '';
    for (const sheet of ['สรุปผล', 'ผลรายข้อ', 'อัตราการตอบกลับ', 'ข้อเสนอแนะ']) expect(workbook).toContain(`name="${sheet}"`);
    const sheets = [...entries.entries()]
      .filter(([name]) => name.startsWith('xl/worksheets/sheet'))
      .map(([, xml]) => xml)
      .join('\n');
    // Text is written inline in the sheet (the streaming writer keeps no shared-string table).
    expect(sheets).toContain('ค่าเฉลี่ย');
    expect(sheets).toContain('ส่วนเบี่ยงเบนมาตรฐาน (S.D.)');
    // A number cell has no t="s" or t="inlineStr" (text) and holds its value in <v>.
    expect(sheets).toMatch(/<c r="B11"(?![^>]*t=)[^>]*><v>96.7<\/v><\/c>/);
    expect(sheets).toMatch(/<c r="E2"(?![^>]*t=)[^>]*><v>4.97<\/v><\/c>/);
  });

  it('exports the raw answers with each scale answer as a number', async () => {
    const res = await download(t, `/api/admin/surveys/${roundId}/export?what=answers&format=xlsx`, admin);
    const sheet = zipEntries(res.bytes).get('xl/worksheets/sheet1.xml') ?? '';
    // Row 2 is the first response; column I is question 1 (after the response id and the seven identity columns).
    expect(sheet).toMatch(/<c r="I2"(?![^>]*t=)[^>]*><v>[45]<\/v><\/c>/);
  });

  it('refuses an unknown format', async () => {
    expect((await call(t, 'GET', `/api/admin/surveys/${roundId}/export?what=results&format=pdf`, { cookie: admin })).status).toBe(400);
  });
});
