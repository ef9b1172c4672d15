// A request the API refuses says, for each field, what to do in the reader's language, naming the field as the form
// does: never zod's text, a type name or a code value such as a central-fund item's key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CENTRAL_FUND_ITEMS } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors } from '../support/workflow';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const emptyCentralFund = { type: 'central_fund', fiscalYear: 2570, title: '', amountSatang: 0, details: { item: '' } };

async function create(body: unknown, lang?: 'en') {
  return call(t, 'POST', '/api/requests', { cookie: await actors.cookie(office.unitK01), body, ...(lang ? { lang } : {}) });
}

describe('refusing a request that is not filled in', () => {
  it('names each field in Thai and says what to do', async () => {
    const res = await create(emptyCentralFund);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', message: 'ข้อมูลไม่ถูกต้อง' });
    expect(res.body.error.issues).toEqual([
      { path: ['title'], message: 'กรุณาระบุชื่อเรื่องอย่างน้อย 3 ตัวอักษร' },
      { path: ['details', 'item'], message: 'กรุณาเลือกรายการงบกลาง' },
      // The amount too, in the same answer: not only once the other fields pass.
      { path: ['amountSatang'], message: 'กรุณาระบุจำนวนเงินมากกว่าศูนย์' },
    ]);
  });

  it('says the same in English when asked', async () => {
    const res = await create(emptyCentralFund, 'en');
    expect(res.body.error.issues).toEqual([
      { path: ['title'], message: 'Enter at least 3 characters for the title' },
      { path: ['details', 'item'], message: 'Choose the central-fund item' },
      { path: ['amountSatang'], message: 'Enter an amount greater than zero' },
    ]);
  });

  it('gives the limit of an amount in baht, and of a title in characters', async () => {
    const res = await create({
      ...emptyCentralFund,
      title: 'ก'.repeat(301),
      amountSatang: 9_999_999_999_999_900,
      details: { item: CENTRAL_FUND_ITEMS[0] },
    });
    expect(res.body.error.issues).toEqual([
      { path: ['title'], message: 'ชื่อเรื่องยาวได้ไม่เกิน 300 ตัวอักษร กรุณาตัดให้สั้นลง' },
      { path: ['amountSatang'], message: 'จำนวนเงินต้องไม่เกิน 100,000,000,000.00 บาท' },
    ]);
  });

  it('shows no code value, type name or Latin text in any Thai message of a body of wrong types', async () => {
    const res = await create({
      type: 'central_fund',
      fiscalYear: 'two',
      title: 5,
      justification: [],
      amountSatang: '1',
      details: { item: 'lottery' },
    });
    expect(res.status).toBe(400);
    const messages: string[] = res.body.error.issues.map((i: { message: string }) => i.message);
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expect(message).not.toMatch(/[A-Za-z]/);
    expect(messages).toContain('กรุณาระบุปีงบประมาณเป็นตัวเลข');
    expect(messages).toContain('กรุณาเลือกรายการงบกลาง');
  });
});
