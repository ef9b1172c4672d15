// A draft created with its documents in one call (issue 15 item 7): every file is checked before anything is written,
// then the draft and its files are stored together; a refused file, named in the answer, leaves nothing behind.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type Attachment, type ErrorResponse, type RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft } from '../support/workflow';
import { smallAllotment } from '../support/requests';

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
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

type NamedBytes = [name: string, bytes: Uint8Array<ArrayBuffer>];

function draftForm(request: unknown, files: NamedBytes[]): FormData {
  const form = new FormData();
  form.append('request', typeof request === 'string' ? request : JSON.stringify(request));
  for (const [name, bytes] of files) form.append('files', new File([bytes], name, { type: 'application/octet-stream' }));
  return form;
}

async function createWith(user: OfficeUser, form: FormData, lang?: 'th' | 'en') {
  return call<RequestView & Partial<ErrorResponse>>(t, 'POST', '/api/requests/with-attachments', {
    cookie: await actors.cookie(user),
    form,
    ...(lang ? { lang } : {}),
  });
}

/** Nothing stored: no draft, no attachment. */
async function storedCounts() {
  const requests = await t.handle.db.selectFrom('requests').select('id').execute();
  const attachments = await t.handle.db.selectFrom('attachments').select('id').execute();
  return { requests: requests.length, attachments: attachments.length };
}

describe('a draft created with its documents', () => {
  it('stores the draft and both files, and lists them on the request', async () => {
    const res = await createWith(
      office.unitK01,
      draftForm(smallAllotment(), [
        ['บันทึกข้อความขออนุมัติ.pdf', PDF],
        ['แผนผังสถานที่.png', PNG],
      ]),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', title: smallAllotment().title, mayAttach: true });
    // Stored at the same moment, they are listed in the order of their ids, not necessarily the order chosen.
    const listed = res.body.attachments.map((a: Attachment) => [a.fileName, a.contentType, a.sizeBytes]);
    expect(listed.sort()).toEqual([
      ['บันทึกข้อความขออนุมัติ.pdf', 'application/pdf', PDF.byteLength],
      ['แผนผังสถานที่.png', 'image/png', PNG.byteLength],
    ]);
    const rows = await t.handle.db.selectFrom('attachments').select(['request_id', 'sha256', 'uploaded_by']).orderBy('file_name').execute();
    expect(rows.map((r) => r.request_id)).toEqual([res.body.id, res.body.id]);
    expect(rows.map((r) => r.uploaded_by)).toEqual([office.unitK01.id, office.unitK01.id]);
    expect(rows.map((r) => r.sha256).sort()).toEqual(
      [createHash('sha256').update(PDF).digest('hex'), createHash('sha256').update(PNG).digest('hex')].sort(),
    );
    // The request page a reviewer opens later shows the same files.
    const page = await call<RequestView>(t, 'GET', `/api/requests/${res.body.id}`, { cookie: await actors.cookie(office.unitK01) });
    expect(page.body.attachments.map((a) => a.fileName).sort()).toEqual(['บันทึกข้อความขออนุมัติ.pdf', 'แผนผังสถานที่.png']);
  });

  it('creates a draft with no files at all, as POST /api/requests does', async () => {
    const res = await createWith(office.unitK01, draftForm(smallAllotment(), []));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.attachments).toEqual([]);
    expect(res.body.trackingNo).toMatch(/^ALT-2569-\d{6}$/);
  });

  it('refuses a program among the files with 415 naming it, and stores neither the draft nor the other file', async () => {
    const th = await createWith(
      office.unitK01,
      draftForm(smallAllotment(), [
        ['memo.pdf', PDF],
        ['setup.exe', EXE],
      ]),
    );
    expect(th.status).toBe(415);
    expect(th.body.error?.code).toBe('attachment_name_not_allowed');
    expect(th.body.error?.message).toMatch(/^ไฟล์ setup\.exe: ไม่รับไฟล์ที่ตั้งชื่อเป็นโปรแกรม/);
    const en = await createWith(
      office.unitK01,
      draftForm(smallAllotment(), [
        ['memo.pdf', PDF],
        ['budget.pdf', EXE],
      ]),
      'en',
    );
    expect(en.status).toBe(415);
    expect(en.body.error).toEqual({ code: 'attachment_type_not_allowed', message: expect.stringMatching(/^File budget\.pdf: Only PDF/) });
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('refuses a file over 10 MiB with 413 naming it, and stores nothing', async () => {
    const tooBig = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    tooBig.set(PDF);
    const res = await createWith(
      office.unitK01,
      draftForm(smallAllotment(), [
        ['memo.pdf', PDF],
        ['สแกนทั้งเล่ม.pdf', tooBig],
      ]),
    );
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({ code: 'attachment_too_large', message: expect.stringMatching(/^ไฟล์ สแกนทั้งเล่ม\.pdf: .*10 MB/) });
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('refuses an empty file with 400 naming it', async () => {
    const res = await createWith(office.unitK01, draftForm(smallAllotment(), [['ว่าง.csv', new Uint8Array(0)]]), 'en');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'attachment_empty', message: expect.stringMatching(/^File ว่าง\.csv: This file is empty/) });
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('names a file by its cleaned name, never a path or a direction-changing character', async () => {
    const res = await createWith(office.unitK01, draftForm(smallAllotment(), [['C:\\fakepath\\run\u202Efdp.exe', EXE]]), 'en');
    expect(res.status).toBe(415);
    expect(res.body.error?.message).toMatch(/^File runfdp\.exe: /);
  });

  it('answers a draft part that is not JSON with a 400 a clerk can read, and stores nothing', async () => {
    const th = await createWith(office.unitK01, draftForm('{"type": "allotment",', [['memo.pdf', PDF]]));
    expect(th.status).toBe(400);
    expect(th.body.error?.code).toBe('validation_failed');
    expect(th.body.error?.issues).toEqual([{ path: [], message: expect.stringContaining('กรุณาโหลดหน้าใหม่') }]);
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('words a draft that is JSON but not valid as the JSON route does, naming each field', async () => {
    const content = { ...smallAllotment(), title: '' };
    const multipart = await createWith(office.unitK01, draftForm(content, [['memo.pdf', PDF]]), 'en');
    const plain = await call(t, 'POST', '/api/requests', { cookie: await actors.cookie(office.unitK01), body: content, lang: 'en' });
    expect(multipart.status).toBe(400);
    expect(multipart.body.error?.issues).toEqual(plain.body.error.issues);
    expect(multipart.body.error?.issues).toContainEqual({ path: ['title'], message: expect.stringContaining('title') });
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('refuses more than ten files, and a files part that is not a file', async () => {
    const eleven = Array.from({ length: 11 }, (_, i): NamedBytes => [`หน้า ${i + 1}.pdf`, PDF]);
    const many = await createWith(office.unitK01, draftForm(smallAllotment(), eleven));
    expect(many.status).toBe(400);
    expect(many.body.error?.issues).toEqual([{ path: ['files'], message: 'ไฟล์แนบมีได้ไม่เกิน 10 รายการ' }]);
    const form = draftForm(smallAllotment(), []);
    form.append('files', 'not a file');
    expect((await createWith(office.unitK01, form)).status).toBe(400);
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('refuses anyone but a budget unit’s staff with 403, whatever the files', async () => {
    for (const user of [office.analystA, office.admin]) {
      const res = await createWith(user, draftForm(smallAllotment(), [['memo.pdf', PDF]]));
      expect(res.status, user.username).toBe(403);
    }
    expect(await storedCounts()).toEqual({ requests: 0, attachments: 0 });
  });

  it('refuses a body that announces more than ten files’ room before reading it', async () => {
    const res = await t.app.request('/api/requests/with-attachments', {
      method: 'POST',
      headers: {
        cookie: await actors.cookie(office.unitK01),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(200 * 1024 * 1024),
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
  });

  it('leaves the one-file route on an existing draft working, and it now names an empty file’s problem', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const cookie = await actors.cookie(office.unitK01);
    const one = new FormData();
    one.append('file', new File([PDF], 'memo.pdf'));
    const stored = await call<Attachment>(t, 'POST', `/api/requests/${draft.id}/attachments`, { cookie, form: one });
    expect(stored.status).toBe(201);
    expect(stored.body.fileName).toBe('memo.pdf');
    const empty = new FormData();
    empty.append('file', new File([new Uint8Array(0)], 'empty.csv'));
    const refused = await call(t, 'POST', `/api/requests/${draft.id}/attachments`, { cookie, form: empty, lang: 'en' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toEqual({ code: 'attachment_empty', message: expect.stringContaining('empty') });
  });
});
