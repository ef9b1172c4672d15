// Text that is stored is the text that was hashed: a lone surrogate or a control character is refused with a 400 in
// words a clerk understands, decomposed text is kept composed (NFC), and every history chain still verifies — for
// titles, decision comments and the cells of an imported sheet alike, on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, smallAllotment } from '../support/requests';
import { upload } from '../support/imports';
import { xlsxOf } from '../support/xlsx-cells';

const UNREADABLE_TH = 'ข้อความมีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย (มักติดมาจากการคัดลอกข้อความ) กรุณาลบส่วนนั้นแล้วพิมพ์ใหม่';
const UNREADABLE_EN =
  'The text holds invisible control characters or broken characters (often left by copying and pasting); please delete that part and type it again';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function historyVerifies(): Promise<void> {
  const res = await call(t, 'GET', '/api/admin/history/verify', { cookie: await actors.cookie(office.admin) });
  expect(res.status).toBe(200);
  expect(res.body.broken).toEqual([]);
  expect(res.body.ok).toBe(true);
}

async function createWithTitle(title: string, lang?: 'en') {
  return call(t, 'POST', '/api/requests', {
    cookie: await actors.cookie(office.unitK01),
    body: allotment({ title }),
    ...(lang ? { lang } : {}),
  });
}

describe('text with characters that cannot be stored', () => {
  it('refuses a title holding a lone surrogate with a 400 that says so in Thai, and in English when asked', async () => {
    const thai = await createWithTitle('\udc00');
    expect(thai.status).toBe(400);
    expect(thai.body.error.code).toBe('validation_failed');
    expect(thai.body.error.issues).toEqual([{ path: ['title'], message: UNREADABLE_TH }]);
    const english = await createWithTitle('ขอ a\ud800b งบ', 'en');
    expect(english.status).toBe(400);
    expect(english.body.error.issues).toEqual([{ path: ['title'], message: UNREADABLE_EN }]);
    expect(await t.handle.db.selectFrom('requests').select('id').execute()).toEqual([]);
  });

  it('refuses NUL and the other control characters in a title on either database, but keeps tabs and line breaks', async () => {
    for (const title of ['x\u0000y', 'ขอ\u0001งบ', 'งบ\u001b[31m', 'ค่า\u007fจ้าง', 'ค่า\u0085จ้าง']) {
      const res = await createWithTitle(title);
      expect(res.status, JSON.stringify(title)).toBe(400);
      expect(res.body.error.issues).toEqual([{ path: ['title'], message: UNREADABLE_TH }]);
    }
    const kept = await createWithTitle('ค่าจ้าง\tไตรมาส 2\r\nบรรทัดสอง');
    expect(kept.status).toBe(201);
    expect(kept.body.title).toBe('ค่าจ้าง\tไตรมาส 2\r\nบรรทัดสอง');
  });

  it('refuses a decision comment holding a lone surrogate, and the chain still verifies', async () => {
    const submitted = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    const res = await call(t, 'POST', `/api/requests/${submitted.id}/events`, {
      cookie: await actors.cookie(office.analystA),
      body: { type: 'RETURN', version: submitted.version, comment: 'กรุณาแก้ไข \udc00' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: ['comment'], message: UNREADABLE_TH }]);
    const bulk = await call(t, 'POST', '/api/requests/bulk-events', {
      cookie: await actors.cookie(office.analystA),
      body: { type: 'REJECT', comment: 'ไม่\u0000อนุมัติ', items: [{ id: submitted.id, version: submitted.version }] },
    });
    expect(bulk.status).toBe(400);
    await send(t, actors, office.analystA, submitted, 'RETURN', 'กรุณาแก้ไขรายละเอียด');
    await historyVerifies();
  });
});

describe('decomposed text', () => {
  it('stores a title, a justification and a comment composed (NFC), reads them back so, and the chain verifies', async () => {
    const draft = await createDraft(t, actors, office.unitK01, allotment({ title: '  Cafe\u0301 ค่าจ้าง  ', justification: 'e\u0301 แผน' }));
    expect(draft.title).toBe('Café ค่าจ้าง');
    expect(draft.justification).toBe('\u00e9 แผน');
    const submitted = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    const returned = await send(t, actors, office.analystA, submitted, 'RETURN', 'e\u0301');
    expect(returned.history.at(-1)?.comment).toBe('\u00e9');
    const stored = await t.handle.db.selectFrom('request_events').select('comment').where('type', '=', 'RETURN').executeTakeFirstOrThrow();
    expect(stored.comment).toBe('\u00e9');
    await historyVerifies();
  });
});

describe('imported cells', () => {
  const headers = ['tracking no', 'unit', 'type', 'title', 'justification', 'amount', 'status', 'level', 'submitted', 'decided'];
  const row = (ref: string, title: string, justification = '') => [
    ref,
    'K01',
    'allotment',
    title,
    justification,
    1000,
    'อนุมัติ',
    4,
    '15/10/2567',
    '22/10/2567',
  ];

  it('refuses a row whose title, justification or reference holds a lone surrogate or a control character, with a Thai reason, and imports the rest', async () => {
    const sheet = await xlsxOf([
      headers,
      row('กท 1', 'ค่าจ้างเหมาทำความสะอาด'),
      row('กท 2', 'ค่าจ้าง \ud800 ทำความสะอาด'),
      row('กท 3', 'ค่าวัสดุ', 'เหตุผล\u0000ซ่อน'),
      row('กท\u0007 4', 'ค่าซ่อมแซม'),
      row('กท 5', 'Cafe\u0301 ค่าอาหาร'),
    ]);
    const res = await upload(t, '/api/admin/imports', await actors.cookie(office.admin), sheet, 'sheet.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.imported.map((r: { row: number }) => r.row)).toEqual([2, 6]);
    const reasons = Object.fromEntries(res.body.refused.map((r: { row: number; reasons: unknown[] }) => [r.row, r.reasons]));
    expect(reasons).toEqual({
      3: [{ code: 'text_unreadable', message: 'ช่อง "title" มีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย กรุณาแก้ไขในไฟล์แล้วนำเข้าใหม่' }],
      4: [{ code: 'text_unreadable', message: 'ช่อง "justification" มีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย กรุณาแก้ไขในไฟล์แล้วนำเข้าใหม่' }],
      5: [{ code: 'text_unreadable', message: 'ช่อง "tracking no" มีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย กรุณาแก้ไขในไฟล์แล้วนำเข้าใหม่' }],
    });
    const titles = await t.handle.db.selectFrom('requests').select('title').execute();
    expect(titles.map((r) => r.title).sort()).toEqual(['Café ค่าอาหาร', 'ค่าจ้างเหมาทำความสะอาด']);
    await historyVerifies();
  });
});
