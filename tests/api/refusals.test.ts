// Every refusal answers with a clear 4xx in the caller's language and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function submittedK01(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

/** The stored state a refused call must leave untouched. */
async function snapshot(id: string) {
  const row = await t.handle.db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = await t.handle.db.selectFrom('request_events').selectAll().where('request_id', '=', id).orderBy('seq').execute();
  return { row, events };
}

async function sendAs(user: OfficeUser, request: RequestView, body: Record<string, unknown>, lang?: 'th' | 'en') {
  return call(t, 'POST', `/api/requests/${request.id}/events`, { cookie: await actors.cookie(user), body, ...(lang ? { lang } : {}) });
}

describe('refused decisions change nothing', () => {
  it('answers 409 to a decision made on a stale version', async () => {
    const request = await submittedK01();
    await send(t, actors, office.analystA, request, 'APPROVE');
    const before = await snapshot(request.id);
    const stale = await sendAs(office.analystA, request, { type: 'APPROVE', version: request.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.message).toBe('คำขอนี้ถูกดำเนินการไปแล้วโดยผู้อื่น กรุณาโหลดข้อมูลใหม่');
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('refuses a reviewer at another level with 403', async () => {
    const request = await submittedK01();
    const before = await snapshot(request.id);
    const res = await sendAs(office.headSection1, request, { type: 'APPROVE', version: request.version }, 'en');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', message: 'You are not allowed to do this' });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('answers 404 to an analyst outside whose portfolio the request lies, without disclosing it', async () => {
    const request = await submittedK01();
    const before = await snapshot(request.id);
    const cookie = await actors.cookie(office.analystB);
    expect((await call(t, 'GET', `/api/requests/${request.id}`, { cookie })).status).toBe(404);
    const res = await sendAs(office.analystB, request, { type: 'APPROVE', version: request.version });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('hides one unit’s requests from another unit', async () => {
    const request = await submittedK01();
    const res = await call(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(office.unitD05) });
    expect(res.status).toBe(404);
  });

  it('does not let a unit approve its own request, nor an administrator decide', async () => {
    const request = await submittedK01();
    const before = await snapshot(request.id);
    expect((await sendAs(office.unitK01, request, { type: 'APPROVE', version: request.version })).status).toBe(403);
    expect((await sendAs(office.admin, request, { type: 'APPROVE', version: request.version })).status).toBe(403);
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('requires a comment to return, send back or reject (422)', async () => {
    const request = await submittedK01();
    const before = await snapshot(request.id);
    for (const type of ['RETURN', 'REJECT']) {
      const res = await sendAs(office.analystA, request, { type, version: request.version, comment: '   ' });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'comment_required', message: 'กรุณาระบุเหตุผลหรือความเห็น' });
    }
    const sendBack = await sendAs(office.analystA, request, { type: 'SEND_BACK', version: request.version, comment: 'x' });
    expect(sendBack.status).toBe(422);
    expect(sendBack.body.error.code).toBe('cannot_send_back_from_first_review');
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('refuses every event on a decided request with request_closed', async () => {
    let request = await submittedK01();
    request = await send(t, actors, office.analystA, request, 'REJECT', 'ไม่ผ่านเกณฑ์');
    const before = await snapshot(request.id);
    const res = await sendAs(office.unitK01, request, { type: 'RESUBMIT', version: request.version });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('request_closed');
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('refuses an event the machine does not accept in this status (422)', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const res = await sendAs(office.unitK01, draft, { type: 'RESUBMIT', version: draft.version }, 'en');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'not_allowed_in_status',
      message: 'This action is not possible in the request’s current status',
    });
  });

  it('validates event bodies: unknown type, unknown field, missing version, malformed JSON (400)', async () => {
    const request = await submittedK01();
    const before = await snapshot(request.id);
    const cookie = await actors.cookie(office.analystA);
    const path = `/api/requests/${request.id}/events`;
    const unknownType = await call(t, 'POST', path, { cookie, body: { type: 'FAST_TRACK', version: request.version } });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error.code).toBe('validation_failed');
    expect(unknownType.body.error.issues[0].path).toEqual(['type']);
    const extra = await call(t, 'POST', path, { cookie, body: { type: 'APPROVE', version: request.version, level: 8 } });
    expect(extra.status).toBe(400);
    expect(extra.body.error.issues[0].message).toBe('แบบฟอร์มส่งข้อมูลที่ระบบไม่รับมาด้วย กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง');
    expect((await call(t, 'POST', path, { cookie, body: { type: 'APPROVE' } })).status).toBe(400);
    expect((await call(t, 'POST', path, { cookie, rawBody: '{"type": "APPROVE",' })).status).toBe(400);
    const longComment = await call(t, 'POST', path, {
      cookie,
      body: { type: 'APPROVE', version: request.version, comment: 'ก'.repeat(2001) },
    });
    expect(longComment.status).toBe(400);
    expect(await snapshot(request.id)).toEqual(before);
  });

  it('answers 400 to a malformed id and 404 to an unknown one', async () => {
    const cookie = await actors.cookie(office.level8);
    expect((await call(t, 'GET', '/api/requests/not-a-uuid', { cookie })).status).toBe(400);
    const unknown = await call(t, 'GET', '/api/requests/00000000-0000-4000-8000-000000000000', { cookie, lang: 'en' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Not found');
  });

  it('answers 401 to every route without a session', async () => {
    for (const [method, path] of [
      ['GET', '/api/requests'],
      ['POST', '/api/requests'],
      ['GET', '/api/requests/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/requests/00000000-0000-4000-8000-000000000000/events'],
      ['PUT', '/api/requests/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/inbox'],
      ['GET', '/api/session'],
      ['GET', '/api/units'],
    ] as const) {
      const body =
        method === 'GET' ? undefined : method === 'POST' && path.endsWith('events') ? { type: 'APPROVE', version: 1 } : smallAllotment();
      const res = await call(t, method, path, { body: method === 'PUT' ? { version: 1, content: smallAllotment() } : body });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.message).toBe('กรุณาเข้าสู่ระบบ');
    }
  });
});

describe('creating and editing requests', () => {
  it('lets only a budget-unit user create a request (403 for a reviewer)', async () => {
    const res = await call(t, 'POST', '/api/requests', { cookie: await actors.cookie(office.analystA), body: smallAllotment() });
    expect(res.status).toBe(403);
    expect(await t.handle.db.selectFrom('requests').select('id').execute()).toEqual([]);
  });

  it('refuses an unbalanced transfer with a message in Thai or English, storing nothing', async () => {
    const body = {
      type: 'transfer',
      fiscalYear: 2569,
      title: 'ขอโอนงบประมาณค่าวัสดุ',
      justification: '',
      amountSatang: 500_000,
      category: 'operating',
      details: { lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าซ่อมแซม', amountSatang: 400_000 }] },
    };
    const th = await call(t, 'POST', '/api/requests', { cookie: await actors.cookie(office.unitK01), body });
    expect(th.status).toBe(400);
    expect(th.body.error.issues).toContainEqual({ path: ['amountSatang'], message: 'ยอดรวมของรายการโอนต้องเท่ากับจำนวนเงินที่ขอ' });
    const en = await call(t, 'POST', '/api/requests', { cookie: await actors.cookie(office.unitK01), body, lang: 'en' });
    expect(en.body.error.issues).toContainEqual({
      path: ['amountSatang'],
      message: 'The transfer lines must add up to the amount requested',
    });
    expect(await t.handle.db.selectFrom('requests').select('id').execute()).toEqual([]);
  });

  it('refuses fractional satang and negative amounts', async () => {
    const cookie = await actors.cookie(office.unitK01);
    expect((await call(t, 'POST', '/api/requests', { cookie, body: allotment({ amountSatang: 100.5 }) })).status).toBe(400);
    expect((await call(t, 'POST', '/api/requests', { cookie, body: allotment({ amountSatang: -100 }) })).status).toBe(400);
  });

  it('refuses an edit on a stale version (409) and once submitted (422)', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const cookie = await actors.cookie(office.unitK01);
    const ok = await call<RequestView>(t, 'PUT', `/api/requests/${draft.id}`, { cookie, body: { version: 1, content: smallAllotment() } });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
    const stale = await call(t, 'PUT', `/api/requests/${draft.id}`, { cookie, body: { version: 1, content: smallAllotment() } });
    expect(stale.status).toBe(409);
    const submitted = await send(t, actors, office.unitK01, ok.body, 'SUBMIT');
    const late = await call(t, 'PUT', `/api/requests/${draft.id}`, {
      cookie,
      body: { version: submitted.version, content: smallAllotment() },
    });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('already_submitted');
  });

  it('does not let another unit edit a draft (404)', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const res = await call(t, 'PUT', `/api/requests/${draft.id}`, {
      cookie: await actors.cookie(office.unitD05),
      body: { version: 1, content: smallAllotment() },
    });
    expect(res.status).toBe(404);
  });
});
