// Attachments over HTTP: who may add, read and remove them, typed by their own bytes, bounded in size, names kept safe.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type Attachment, type ErrorResponse, type RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
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
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

function fileForm(bytes: Uint8Array<ArrayBuffer>, name: string, claimedType = 'application/octet-stream'): FormData {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type: claimedType }));
  return form;
}

async function submittedRequest(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

async function upload(user: OfficeUser, requestId: string, form: FormData, lang?: 'th' | 'en') {
  return call<Attachment & Partial<ErrorResponse>>(t, 'POST', `/api/requests/${requestId}/attachments`, {
    cookie: await actors.cookie(user),
    form,
    ...(lang ? { lang } : {}),
  });
}

async function viewAs(user: OfficeUser, id: string): Promise<RequestView> {
  return (await call<RequestView>(t, 'GET', `/api/requests/${id}`, { cookie: await actors.cookie(user) })).body;
}

describe('attachments', () => {
  it('stores a PDF with its Thai name and lists it on the request', async () => {
    const request = await submittedRequest();
    const res = await upload(office.unitK01, request.id, fileForm(PDF, 'บันทึกข้อความขออนุมัติ.pdf', 'application/pdf'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'บันทึกข้อความขออนุมัติ.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.byteLength,
      uploadedBy: { id: office.unitK01.id, displayName: 'คุณ k01' },
      uploadedAt: '2026-03-02T03:00:00.000Z',
    });
    expect((await viewAs(office.analystA, request.id)).attachments).toEqual([{ ...res.body, mayRemove: false }]);
    const stored = await t.handle.db.selectFrom('attachments').select('sha256').where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(stored.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
  });

  it('downloads the same bytes as an attachment, with an RFC 5987 name, the stored type and nosniff', async () => {
    const request = await submittedRequest();
    const uploaded = await upload(office.unitK01, request.id, fileForm(PDF, 'ใบเสนอราคา "ร้าน ก".pdf', 'text/html'));
    const res = await t.app.request(`/api/requests/${request.id}/attachments/${uploaded.body.id}`, {
      headers: { cookie: await actors.cookie(office.level6) },
    });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe('ใบเสนอราคา ร้าน ก.pdf');
  });

  // What a spreadsheet must hold, and the names files are stored under: attachment-kinds.test.ts.
  it('decides the type from the bytes: not a page claiming to be a PDF, nor a ZIP named as a Word letter', async () => {
    const request = await submittedRequest();
    const page = await upload(
      office.unitK01,
      request.id,
      fileForm(new TextEncoder().encode('<html><script>alert(1)</script>'), 'memo.pdf', 'application/pdf'),
      'en',
    );
    expect(page.status).toBe(415);
    expect(page.body.error).toEqual({ code: 'attachment_type_not_allowed', message: expect.stringContaining('PDF') });
    const word = await upload(office.unitK01, request.id, fileForm(ZIP, 'letter.docx'));
    expect(word.status).toBe(415);
    expect(word.body.error?.message).toContain('แนบได้เฉพาะ');
  });

  it('keeps only the name of a path the browser sent', async () => {
    const request = await submittedRequest();
    const res = await upload(office.unitK01, request.id, fileForm(PDF, '..\\..\\C:\\fakepath\\report\u202Efdp.pdf'));
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('reportfdp.pdf');
  });

  it('refuses a file over 10 MiB with 413 and says so in Thai or English', async () => {
    const request = await submittedRequest();
    const tooBig = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    tooBig.set(PDF);
    const th = await upload(office.unitK01, request.id, fileForm(tooBig, 'scan.pdf'));
    expect(th.status).toBe(413);
    expect(th.body.error).toEqual({ code: 'attachment_too_large', message: expect.stringContaining('10 MB') });
    const huge = new Uint8Array(MAX_ATTACHMENT_BYTES * 2);
    huge.set(PDF);
    const en = await upload(office.unitK01, request.id, fileForm(huge, 'scan.pdf'), 'en');
    expect(en.status).toBe(413);
    expect(en.body.error?.message).toContain('larger than 10 MB');
    expect(await t.handle.db.selectFrom('attachments').select('id').execute()).toEqual([]);
  });

  it('refuses a body that announces more than the limit before reading it', async () => {
    const request = await submittedRequest();
    const res = await t.app.request(`/api/requests/${request.id}/attachments`, {
      method: 'POST',
      headers: {
        cookie: await actors.cookie(office.unitK01),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(50 * 1024 * 1024),
      },
      body: '--x--',
    });
    expect(res.status).toBe(413);
  });

  it('asks for a multipart body with a non-empty file', async () => {
    const request = await submittedRequest();
    const cookie = await actors.cookie(office.unitK01);
    expect((await call(t, 'POST', `/api/requests/${request.id}/attachments`, { cookie, form: new FormData() })).status).toBe(400);
    expect((await upload(office.unitK01, request.id, fileForm(new Uint8Array(0), 'empty.csv'))).status).toBe(400);
    expect((await call(t, 'POST', `/api/requests/${request.id}/attachments`, { cookie, body: { file: 'x' } })).status).toBe(415);
  });

  it('lets the reviewer holding the current level attach, and no other reviewer', async () => {
    let request = await submittedRequest();
    expect((await upload(office.analystA, request.id, fileForm(PDF, 'analysis.pdf'))).status).toBe(201);
    expect((await upload(office.headSection1, request.id, fileForm(PDF, 'note.pdf'))).status).toBe(403);
    request = await send(t, actors, office.analystA, request, 'APPROVE');
    expect((await upload(office.headSection1, request.id, fileForm(PDF, 'note.pdf'))).status).toBe(201);
    expect((await upload(office.analystA, request.id, fileForm(PDF, 'late.pdf'))).status).toBe(403);
    expect((await upload(office.admin, request.id, fileForm(PDF, 'admin.pdf'))).status).toBe(403);
    expect((await upload(office.unitD05, request.id, fileForm(PDF, 'other.pdf'))).status).toBe(404);
  });

  it('lets the unit attach to a draft and a returned request, but not once the request is decided', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect((await upload(office.unitK01b, draft.id, fileForm(PDF, 'draft.pdf'))).status).toBe(201);
    let request = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    request = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    expect((await upload(office.unitK01, request.id, fileForm(PDF, 'quote.pdf'))).status).toBe(201);
    request = await send(t, actors, office.unitK01, request, 'WITHDRAW');
    const closed = await upload(office.unitK01, request.id, fileForm(PDF, 'late.pdf'));
    expect(closed.status).toBe(422);
    expect(closed.body.error?.code).toBe('request_closed');
  });

  it('lets only the uploader remove an attachment; the record stays but the file is gone from the page', async () => {
    const request = await submittedRequest();
    const uploaded = await upload(office.unitK01, request.id, fileForm(PDF, 'wrong.pdf'));
    const path = `/api/requests/${request.id}/attachments/${uploaded.body.id}`;
    expect((await call(t, 'DELETE', path, { cookie: await actors.cookie(office.unitK01b) })).status).toBe(403);
    expect((await call(t, 'DELETE', path, { cookie: await actors.cookie(office.analystA) })).status).toBe(403);
    t.clock.advanceMinutes(5);
    expect((await call(t, 'DELETE', path, { cookie: await actors.cookie(office.unitK01) })).status).toBe(204);

    expect((await viewAs(office.unitK01, request.id)).attachments).toEqual([]);
    expect((await call(t, 'GET', path, { cookie: await actors.cookie(office.unitK01) })).status).toBe(404);
    expect((await call(t, 'DELETE', path, { cookie: await actors.cookie(office.unitK01) })).status).toBe(404);
    const row = await t.handle.db
      .selectFrom('attachments')
      .select(['removed_at', 'removed_by', 'size_bytes'])
      .where('id', '=', uploaded.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ removed_at: '2026-03-02T03:05:00.000Z', removed_by: office.unitK01.id, size_bytes: PDF.byteLength });
  });

  it('does not remove anything from a decided request', async () => {
    let request = await submittedRequest();
    const uploaded = await upload(office.unitK01, request.id, fileForm(PDF, 'memo.pdf'));
    request = await send(t, actors, office.analystA, request, 'REJECT', 'ไม่อยู่ในแผนงาน');
    const res = await call(t, 'DELETE', `/api/requests/${request.id}/attachments/${uploaded.body.id}`, {
      cookie: await actors.cookie(office.unitK01),
    });
    expect(res.status).toBe(422);
    expect((await viewAs(office.unitK01, request.id)).attachments).toHaveLength(1);
  });

  it('finds an attachment only under its own request', async () => {
    const first = await submittedRequest();
    const second = await submittedRequest();
    const uploaded = await upload(office.unitK01, first.id, fileForm(PDF, 'memo.pdf'));
    const cookie = await actors.cookie(office.unitK01);
    expect((await call(t, 'GET', `/api/requests/${second.id}/attachments/${uploaded.body.id}`, { cookie })).status).toBe(404);
    expect((await call(t, 'DELETE', `/api/requests/${second.id}/attachments/${uploaded.body.id}`, { cookie })).status).toBe(404);
    expect((await call(t, 'GET', `/api/requests/${first.id}/attachments/00000000-0000-4000-8000-000000000000`, { cookie })).status).toBe(
      404,
    );
  });

  it('describes the upload in the OpenAPI document with its error responses', async () => {
    const doc = (await call(t, 'GET', '/api/openapi.json')).body;
    const post = doc.paths['/api/requests/{id}/attachments'].post;
    expect(post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '413', '415', '422']);
    const item = doc.paths['/api/requests/{id}/attachments/{attachmentId}'];
    expect(Object.keys(item.get.responses).sort()).toEqual(['200', '400', '401', '404']);
    expect(Object.keys(item.delete.responses).sort()).toEqual(['204', '400', '401', '403', '404', '422']);
  });
});
