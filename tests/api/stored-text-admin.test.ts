// Property: whatever string an administrator or a respondent types — a user's display name, a unit's name, a holiday's
// name, a webhook's description, a routing rule's reason, an appointment's reason, a survey's title, question or text
// answer, the cells of an imported sheet — the API either refuses it (a 400, or a refused row) or keeps exactly its
// composed, trimmed form, and every history chain (the audit log included) still verifies. On SQLite, and on
// PostgreSQL in the api-pg project.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_RULES, DEFAULT_SURVEY_QUESTIONS } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn, type ApiResult } from '../support/http-client';
import { createRound, defaultAnswers } from '../support/surveys';
import { upload } from '../support/imports';
import { xlsxOf } from '../support/xlsx-cells';
import { RUNS, SEED, anyText, everyChainVerifies, expectTextRefusal, expectedStored, fits, storable } from '../support/stored-text';

let t: TestApp;
let office: Office;
let admin: string;
let unit: string;

beforeAll(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
  unit = await signIn(t, office.unitK01);
});
afterAll(() => t?.close());

const asAdmin = (method: string, path: string, body?: unknown) =>
  call(t, method, path, { cookie: admin, ...(body === undefined ? {} : { body }) });

/** One field: written, then read back as the stored form when [min, max] takes the text, else refused with a 400. */
async function typedInto(
  field: string,
  text: string,
  min: number,
  max: number,
  write: () => Promise<ApiResult>,
  readBack: () => Promise<unknown>,
): Promise<void> {
  const res = await write();
  if (!fits(text, min, max)) return expectTextRefusal(res, text);
  expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  expect(await readBack(), field).toBe(expectedStored(text));
}

describe('any text typed by an administrator', () => {
  it('is refused with a 400 or kept exactly in its stored form, and every chain verifies', async () => {
    expect(
      (
        await asAdmin('POST', '/api/admin/holidays', {
          date: '2026-06-10',
          nameTh: 'วันหยุดพิเศษ',
          nameEn: 'Special holiday',
          kind: 'special',
        })
      ).status,
    ).toBe(201);
    const hook = await asAdmin('POST', '/api/admin/webhooks', { url: 'https://hooks.example.test/bmrts', eventTypes: ['SUBMIT'] });
    expect(hook.status).toBe(201);
    const now = t.clock.now().getTime();
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        await typedInto(
          'user display name',
          text,
          1,
          200,
          () => asAdmin('PATCH', `/api/admin/users/${office.analystA.id}`, { displayName: text }),
          async () => (await asAdmin('GET', `/api/admin/users?q=${office.analystA.username}`)).body.items[0].displayName,
        );
        await typedInto(
          'unit name',
          text,
          1,
          200,
          () => asAdmin('PATCH', '/api/admin/units/K01', { nameTh: text }),
          async () => (await asAdmin('GET', '/api/admin/units')).body.items.find((u: { code: string }) => u.code === 'K01').nameTh,
        );
        await typedInto(
          'holiday name',
          text,
          1,
          200,
          () => asAdmin('PATCH', '/api/admin/holidays/2026-06-10', { nameTh: text, nameEn: 'Special holiday', kind: 'special' }),
          async () =>
            (await asAdmin('GET', '/api/admin/holidays?year=2026')).body.items.find((h: { date: string }) => h.date === '2026-06-10')
              .nameTh,
        );
        await typedInto(
          'webhook description',
          text,
          0,
          200,
          () => asAdmin('PATCH', `/api/admin/webhooks/${hook.body.id}`, { description: text }),
          async () => (await asAdmin('GET', '/api/admin/webhooks')).body.items[0].description,
        );
        const [first, ...rest] = DEFAULT_ROUTING_RULES;
        await typedInto(
          'routing rule reason',
          text,
          1,
          500,
          () => asAdmin('PUT', '/api/admin/routing-rules', { rules: [{ ...first, reason: { th: text, en: 'Rule' } }, ...rest] }),
          async () => (await asAdmin('GET', '/api/admin/routing-rules')).body.items[0].reason.th,
        );
        let appointment = '';
        await typedInto(
          'appointment reason',
          text,
          3,
          500,
          async () => {
            const res = await asAdmin('POST', '/api/appointments', {
              actingUserId: office.analystA.id,
              forUserId: office.headSection1.id,
              reason: text,
              startsAt: new Date(now).toISOString(),
              endsAt: new Date(now + 3_600_000).toISOString(),
              orderNo: 'สำนักงบประมาณ ที่ 12/2569',
              orderDate: '2026-03-01',
            });
            appointment = res.body.id ?? '';
            return res;
          },
          async () => (await asAdmin('GET', '/api/appointments')).body.items.find((a: { id: string }) => a.id === appointment).reason,
        );
        await everyChainVerifies(t, admin);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

describe('any text typed into a survey', () => {
  it('is refused with a 400 or kept exactly in its stored form, as a title, a question or an answer', async () => {
    const open = await createRound(t, admin);
    const scheduled = await createRound(t, admin, { opensAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() });
    const [overall] = DEFAULT_SURVEY_QUESTIONS;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        await typedInto(
          'round title',
          text,
          1,
          200,
          () => asAdmin('PATCH', `/api/admin/surveys/${open.id}`, { title: text }),
          async () => (await asAdmin('GET', `/api/admin/surveys/${open.id}`)).body.title,
        );
        await typedInto(
          'question',
          text,
          1,
          500,
          () =>
            asAdmin('PATCH', `/api/admin/surveys/${scheduled.id}`, {
              questions: [overall, { kind: 'text', text: { th: text, en: 'Anything else?' } }],
            }),
          async () => (await asAdmin('GET', `/api/admin/surveys/${scheduled.id}`)).body.questions[1].text.th,
        );
        const answered = await call(t, 'PUT', `/api/surveys/${open.id}/response`, { cookie: unit, body: defaultAnswers(5, 4, text) });
        if (!fits(text, 0, 2000)) {
          expectTextRefusal(answered, text);
        } else {
          expect(answered.status, JSON.stringify(answered.body)).toBe(200);
          const pending = await call(t, 'GET', '/api/surveys/pending', { cookie: unit });
          const suggestion = pending.body.items[0].myAnswers.find((a: { questionId: string }) => a.questionId === 'suggestions');
          // A blank text answer says nothing and is not kept.
          expect(suggestion?.value).toBe(expectedStored(text) || undefined);
        }
        await everyChainVerifies(t, admin);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

describe('any text in the cells of an imported sheet', () => {
  it('refuses the row with a Thai reason or imports its title, justification and reference in their stored form', async () => {
    const headers = ['tracking no', 'unit', 'type', 'title', 'justification', 'amount', 'status', 'level', 'submitted', 'decided'];
    let row = 0;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        // A reference of its own each time, so no row is refused as one imported before.
        const ref = `กท ${++row} ${text}`;
        const sheet = await xlsxOf([headers, [ref, 'K01', 'allotment', `ค่า ${text}`, text, 1000, 'อนุมัติ', 4, '15/10/2567', '22/10/2567']]);
        const res = await upload(t, '/api/admin/imports', admin, sheet, 'sheet.xlsx');
        if (!storable(text)) {
          expect(res.status, JSON.stringify(res.body)).toBe(422);
          expect(res.body.error.code).toBe('import_nothing_accepted');
          const preview = await upload(t, '/api/admin/imports/preview', admin, sheet, 'sheet.xlsx');
          const reasons = preview.body.refused[0].reasons;
          expect(reasons.map((r: { code: string }) => r.code)).toEqual(['text_unreadable', 'text_unreadable', 'text_unreadable']);
          expect(reasons[0].message).toBe('ช่อง "title" มีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย กรุณาแก้ไขในไฟล์แล้วนำเข้าใหม่');
        } else {
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          const request = await asAdmin('GET', `/api/requests/${res.body.imported[0].id}`);
          expect(request.body).toMatchObject({ title: expectedStored(`ค่า ${text}`), justification: expectedStored(text) });
          expect(request.body.history[0].comment).toBe(`นำเข้าจากไฟล์ sheet.xlsx แถวที่ 2 เลขที่เดิม ${expectedStored(ref)}`);
        }
        await everyChainVerifies(t, admin);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
