// The unit's letter (เลขที่หนังสือ, ลงวันที่) travels with its request: kept as sent, shown on the request, found by the
// list's search, written in the exports and read back by the import, with every history chain still verifying — on
// SQLite and PostgreSQL. A letter dated after today, or a number too long to be one, is refused in the clerk's words.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { bangkokDate } from '@bmrts/shared';
import { verifyHistory } from '@bmrts/db';
import { DEFAULT_NOW, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment } from '../support/requests';
import { csvLines, downloadFile } from '../support/exports';
import { upload } from '../support/imports';

let source: TestApp;
let target: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  source = await makeTestApp();
  office = await buildOffice(source.handle.db);
  actors = new Actors(source);
  target = await makeTestApp();
  await buildOffice(target.handle.db);
});
afterEach(async () => {
  await source.close();
  await target.close();
});

/** Dated a few days before the test clock's today (DEFAULT_NOW, 2 March 2026). */
const LETTER = { letterNo: 'กท 5101/1201', letterDate: '2026-02-27' };

it('keeps the letter number and date from create to the request, the list search, the exports and an import', async () => {
  // Typed with a trailing space: kept trimmed, as every stored text is.
  const draft = await createDraft(source, actors, office.unitK01, allotment({ ...LETTER, letterNo: 'กท 5101/1201 ' }));
  expect([draft.letterNo, draft.letterDate]).toEqual([LETTER.letterNo, LETTER.letterDate]);
  await createDraft(source, actors, office.unitK01, allotment({ title: 'คำขอที่ไม่มีหนังสือ' }));
  const submitted = await send(source, actors, office.unitK01, draft, 'SUBMIT');

  const viewed = await call(source, 'GET', `/api/requests/${submitted.id}`, { cookie: await actors.cookie(office.analystA) });
  expect([viewed.body.letterNo, viewed.body.letterDate]).toEqual([LETTER.letterNo, LETTER.letterDate]);

  // A clerk with the paper letter types part of its number.
  const found = await call(source, 'GET', `/api/requests?q=${encodeURIComponent('5101/1201')}`, {
    cookie: await actors.cookie(office.unitK01),
  });
  expect(found.status).toBe(200);
  expect(found.body.items.map((r: { id: string }) => r.id)).toEqual([submitted.id]);
  expect(found.body.items[0].letterNo).toBe(LETTER.letterNo);

  const level8 = await signIn(source, office.level8);
  const csv = await downloadFile(source, '/api/requests/export?format=csv&unit=K01', level8);
  const [header, ...rows] = csvLines(csv.text);
  expect(header).toContain('เลขที่หนังสือ,หนังสือลงวันที่');
  expect(rows.find((r) => r.includes(submitted.trackingNo))).toContain('กท 5101/1201,27/02/2569');

  const xlsx = await downloadFile(source, '/api/requests/export?format=xlsx&unit=K01', level8);
  const admin = await signIn(target, office.admin);
  // On a server whose today is before the letter's date, the import refuses that row: the import reads its clock too.
  target.clock.set('2026-02-20T03:00:00.000Z');
  const early = await upload(target, '/api/admin/imports/preview', admin, xlsx.bytes, 'คำขอ.xlsx');
  expect(early.status, JSON.stringify(early.body)).toBe(200);
  expect(early.body.refused).toHaveLength(1);
  const told = JSON.stringify(early.body.refused[0]);
  // Told as the sheet shows it (row, column, reason), not by the schema's field name.
  expect(told).toContain('วันที่ของหนังสือต้องไม่หลังวันนี้');
  expect(told).not.toContain('letterDate');
  target.clock.set(DEFAULT_NOW);
  const imported = await upload(target, '/api/admin/imports', admin, xlsx.bytes, 'คำขอ.xlsx');
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  const rowsOf = (t: TestApp) =>
    t.handle.db.selectFrom('requests').select(['tracking_no', 'letter_no', 'letter_date']).orderBy('tracking_no').execute();
  const expected = await rowsOf(source);
  expect(expected.filter((r) => r.letter_no !== null)).toHaveLength(1);
  expect(await rowsOf(target)).toEqual(expected);
  expect((await verifyHistory(source.handle.db)).ok).toBe(true);
  expect((await verifyHistory(target.handle.db)).ok).toBe(true);
});

it('changes or clears the letter while the draft is with its unit', async () => {
  const draft = await createDraft(source, actors, office.unitK01, allotment());
  expect([draft.letterNo, draft.letterDate]).toEqual([null, null]);
  const cookie = await actors.cookie(office.unitK01);
  const edited = await call(source, 'PUT', `/api/requests/${draft.id}`, {
    cookie,
    body: { version: draft.version, content: allotment(LETTER) },
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
  expect([edited.body.letterNo, edited.body.letterDate]).toEqual([LETTER.letterNo, LETTER.letterDate]);
  const cleared = await call(source, 'PUT', `/api/requests/${draft.id}`, {
    cookie,
    body: { version: edited.body.version, content: allotment({ letterNo: null, letterDate: null }) },
  });
  expect([cleared.body.letterNo, cleared.body.letterDate]).toEqual([null, null]);
});

it('refuses a letter dated after today, a day that does not exist and a number too long, naming the field in Thai', async () => {
  const cookie = await actors.cookie(office.unitK01);
  const tomorrow = bangkokDate(new Date(source.clock.now().getTime() + 24 * 3600_000));
  const refusal = async (content: object) => {
    const res = await call(source, 'POST', '/api/requests', { cookie, body: allotment(content) });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    return JSON.stringify(res.body);
  };
  expect(await refusal({ letterDate: tomorrow })).toContain('วันที่ของหนังสือต้องไม่หลังวันนี้');
  expect(await refusal({ letterDate: '2026-02-30' })).toContain('วันที่ของหนังสือ');
  expect(await refusal({ letterNo: 'ก'.repeat(51) })).toContain('เลขที่หนังสือ');
  const today = await call(source, 'POST', '/api/requests', { cookie, body: allotment({ letterDate: bangkokDate(source.clock.now()) }) });
  expect(today.status).toBe(201);
});

it('reads "today" off the server’s clock, not the machine’s, on create and on edit', async () => {
  // The app's clock is put a year away from the real date each way, so only the app's own today can pass this.
  const realToday = bangkokDate(new Date());
  let cookie = '';
  const post = (letterDate: string) => call(source, 'POST', '/api/requests', { cookie, body: allotment({ letterDate }) });

  source.clock.set('2020-06-15T20:00:00.000Z'); // 16 June 2020 in Bangkok (already the next day there)
  // Signed in at each clock setting: a session idle for a year has ended.
  cookie = await signIn(source, office.unitK01);
  const lateEvening = await post('2020-06-16');
  expect(lateEvening.status, JSON.stringify(lateEvening.body)).toBe(201);
  const dayAfter = await post('2020-06-17');
  expect(dayAfter.status).toBe(400);
  expect(dayAfter.body.error.issues).toEqual([{ path: ['letterDate'], message: 'วันที่ของหนังสือต้องไม่หลังวันนี้' }]);
  // Dated today by the machine's clock, years after the app's today.
  expect((await post(realToday)).status).toBe(400);
  const edit = await call(source, 'PUT', `/api/requests/${lateEvening.body.id}`, {
    cookie,
    body: { version: lateEvening.body.version, content: allotment({ letterDate: '2020-06-17' }) },
  });
  expect(edit.status).toBe(400);
  expect(JSON.stringify(edit.body)).toContain('วันที่ของหนังสือต้องไม่หลังวันนี้');

  // A year ahead of the real date: a letter dated after the machine's today is the app's yesterday.
  const nextYear = new Date(Date.now() + 366 * 24 * 3600_000);
  source.clock.set(nextYear.toISOString());
  cookie = await signIn(source, office.unitK01);
  const afterRealToday = bangkokDate(new Date(nextYear.getTime() - 24 * 3600_000));
  expect(afterRealToday > realToday).toBe(true);
  const accepted = await post(afterRealToday);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
  expect(accepted.body.letterDate).toBe(afterRealToday);
});
