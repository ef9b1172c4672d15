// Attachments are what their bytes say, under a name that says the same: programs and scripts are refused by name,
// a spreadsheet must hold a workbook, and a document sent under another extension is stored and served under its own.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, ErrorResponse, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { zipOf, zipEntries } from '../support/zip-entries';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Uploaded = Attachment & { renamedFrom?: string } & Partial<ErrorResponse>;

async function submittedRequest(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

async function upload(requestId: string, bytes: Uint8Array<ArrayBuffer>, name: string, lang?: 'th' | 'en') {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type: 'application/octet-stream' }));
  const cookie = await actors.cookie(office.unitK01);
  return call<Uploaded>(t, 'POST', `/api/requests/${requestId}/attachments`, { cookie, form, ...(lang ? { lang } : {}) });
}

async function download(requestId: string, attachmentId: string) {
  return t.app.request(`/api/requests/${requestId}/attachments/${attachmentId}`, {
    headers: { cookie: await actors.cookie(office.analystA) },
  });
}

/** The name a browser saves a download under: the RFC 5987 filename*, decoded. */
function savedName(res: Response): string {
  const disposition = res.headers.get('content-disposition') ?? '';
  expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
  return decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '');
}

async function realWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('แผน').addRow(['รายการ', 'จำนวนเงิน']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function storedCount(): Promise<number> {
  return (await t.handle.db.selectFrom('attachments').select('id').execute()).length;
}

describe('attachment kinds and names', () => {
  it('stores and serves a PDF sent as budget.doc as budget.pdf, and says it was renamed', async () => {
    const request = await submittedRequest();
    const res = await upload(request.id, PDF, 'budget.doc');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ fileName: 'budget.pdf', contentType: 'application/pdf', renamedFrom: 'budget.doc' });

    const file = await download(request.id, res.body.id);
    expect(file.status).toBe(200);
    expect(savedName(file)).toBe('budget.pdf');
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    // The download's own policy, stricter than the app's, is the one sent.
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('names a Thai-named PNG sent as .jpg, and a file with no extension, for what they are', async () => {
    const request = await submittedRequest();
    const photo = await upload(request.id, PNG, 'ภาพถ่ายครุภัณฑ์ที่ชำรุด.jpg');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ fileName: 'ภาพถ่ายครุภัณฑ์ที่ชำรุด.png', contentType: 'image/png', renamedFrom: 'ภาพถ่ายครุภัณฑ์ที่ชำรุด.jpg' });
    const file = await download(request.id, photo.body.id);
    expect(savedName(file)).toBe('ภาพถ่ายครุภัณฑ์ที่ชำรุด.png');
    expect(file.headers.get('content-type')).toBe('image/png');

    const scan = await upload(request.id, PDF, 'scan');
    expect(scan.body).toMatchObject({ fileName: 'scan.pdf', renamedFrom: 'scan' });
    const kept = await upload(request.id, PDF, 'memo.PDF');
    expect(kept.body.fileName).toBe('memo.PDF');
    expect(kept.body).not.toHaveProperty('renamedFrom');
  });

  it('refuses program and script names even when the bytes are a PDF, in Thai or English, and stores nothing', async () => {
    const request = await submittedRequest();
    for (const name of [
      'budget.bat',
      'setup.exe',
      'report.hta',
      'page.html',
      'logo.svg',
      'macro.js',
      'run.ps1',
      'data.xml',
      'memo.pdf.cmd',
    ]) {
      const th = await upload(request.id, PDF, name);
      expect(th.status, name).toBe(415);
      expect(th.body.error).toEqual({ code: 'attachment_name_not_allowed', message: expect.stringContaining('.exe') });
    }
    const en = await upload(request.id, PDF, 'budget.BAT', 'en');
    expect(en.status).toBe(415);
    expect(en.body.error?.message).toContain('programs or scripts');
    expect(await storedCount()).toBe(0);
  });

  it('refuses a ZIP named .xlsx that holds no workbook, saying why', async () => {
    const request = await submittedRequest();
    const bare = zipOf({ 'notes.txt': 'ไม่ใช่ตารางคำนวณ' });
    const th = await upload(request.id, bare, 'แผนการใช้จ่าย.xlsx');
    expect(th.status).toBe(415);
    expect(th.body.error).toEqual({ code: 'attachment_not_a_spreadsheet', message: expect.stringContaining('XLSX') });
    const letter = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const en = await upload(request.id, letter, 'plan.xlsx', 'en');
    expect(en.status).toBe(415);
    expect(en.body.error?.message).toContain('holds no workbook');
    expect((await upload(request.id, zipOf({ 'xl/workbook.xml': '<workbook/>' }), 'plan.xlsx')).status).toBe(415);
    expect(await storedCount()).toBe(0);
  });

  it('refuses a workbook that carries macros', async () => {
    const request = await submittedRequest();
    const withMacros = zipOf({
      ...Object.fromEntries(zipEntries(await realWorkbook())),
      'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    });
    const res = await upload(request.id, withMacros, 'plan.xlsx');
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('attachment_has_macros');
    expect(await storedCount()).toBe(0);
  });

  it('accepts a real workbook, and names one sent as .zip for what it is', async () => {
    const request = await submittedRequest();
    const xlsx = await realWorkbook();
    const kept = await upload(request.id, xlsx, 'แผนการใช้จ่าย.xlsx');
    expect(kept.status, JSON.stringify(kept.body)).toBe(201);
    expect(kept.body).toMatchObject({ fileName: 'แผนการใช้จ่าย.xlsx', contentType: XLSX_TYPE });

    const zipped = await upload(request.id, xlsx, 'แผนการใช้จ่าย.zip');
    expect(zipped.status).toBe(201);
    expect(zipped.body).toMatchObject({ fileName: 'แผนการใช้จ่าย.xlsx', contentType: XLSX_TYPE, renamedFrom: 'แผนการใช้จ่าย.zip' });
    const file = await download(request.id, zipped.body.id);
    expect(savedName(file)).toBe('แผนการใช้จ่าย.xlsx');
    expect(file.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(xlsx);
  });
});
