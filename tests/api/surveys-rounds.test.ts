// Survey rounds as administrators run them: the default questionnaire, edits until opening, deletion, every change audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY_QUESTIONS } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { createRound, defaultAnswers } from '../support/surveys';

let t: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

const DAY_MS = 86_400_000;
const asAdmin = (method: string, path: string, body?: unknown, lang?: 'th' | 'en') =>
  call(t, method, path, { cookie: admin, body, ...(lang ? { lang } : {}) });
const tomorrow = () => ({
  opensAt: new Date(t.clock.now().getTime() + DAY_MS).toISOString(),
  closesAt: new Date(t.clock.now().getTime() + 8 * DAY_MS).toISOString(),
});

async function auditActions(): Promise<string[]> {
  return (await asAdmin('GET', '/api/admin/audit')).body.items.map((e: { action: string }) => e.action);
}

describe('creating a round', () => {
  it('starts from the default questionnaire and a 90 % target, and is audited', async () => {
    const round = await createRound(t, admin, tomorrow());
    expect(round).toMatchObject({
      phase: 'scheduled',
      targetPercent: 90,
      anonymous: false,
      questionnaireEditable: true,
      responseCount: 0,
      invitation: { allUsers: true, levels: [], unitCodes: [] },
    });
    expect(round.questions).toEqual(DEFAULT_SURVEY_QUESTIONS);
    expect(JSON.stringify(round)).not.toMatch(/secret/i);
    const entry = (await asAdmin('GET', '/api/admin/audit')).body.items[0];
    expect(entry).toMatchObject({
      action: 'survey_round.create',
      entityType: 'survey_round',
      entityId: round.id,
      before: null,
      after: { title: round.title },
    });
    expect((await asAdmin('GET', `/api/admin/surveys/${round.id}`)).body).toEqual(round);
  });

  it('refuses a questionnaire without exactly one overall question, an unknown unit, and a round already over', async () => {
    const noOverall = DEFAULT_SURVEY_QUESTIONS.map(({ id: _id, ...q }) => ({ ...q, isOverall: false }));
    const res = await asAdmin('POST', '/api/admin/surveys', {
      title: 'x',
      fiscalYear: 2569,
      ...tomorrow(),
      invitation: { allUsers: true },
      questions: noOverall,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].message).toBe('แบบสำรวจต้องมีคำถามความพึงพอใจโดยรวมหนึ่งข้อพอดี');
    const unknownUnit = await asAdmin('POST', '/api/admin/surveys', {
      title: 'x',
      fiscalYear: 2569,
      ...tomorrow(),
      invitation: { unitCodes: ['Z99'] },
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.error.code).toBe('invalid_reference');
    const past = new Date(t.clock.now().getTime() - DAY_MS).toISOString();
    const over = await asAdmin('POST', '/api/admin/surveys', {
      title: 'x',
      fiscalYear: 2569,
      opensAt: '2026-01-01T00:00:00Z',
      closesAt: past,
      invitation: { allUsers: true },
    });
    expect(over.status).toBe(400);
    expect((await asAdmin('GET', '/api/admin/surveys')).body.items).toEqual([]);
  });
});

describe('editing a round', () => {
  it('adds, removes and reorders questions before the round opens', async () => {
    const round = await createRound(t, admin, tomorrow());
    const [overall, ease, , , , suggestions] = DEFAULT_SURVEY_QUESTIONS;
    const questions = [
      { id: ease!.id, kind: 'scale', text: { th: 'ใช้งานง่าย', en: 'Easy to use' } },
      { kind: 'scale', text: { th: 'การแสดงผลบนโทรศัพท์มือถือ', en: 'On a phone' } },
      { ...suggestions! },
      { ...overall! },
    ];
    const res = await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { questions, targetPercent: 92.5, anonymous: true });
    expect(res.status).toBe(200);
    expect(res.body.questions.map((q: { id: string; isOverall: boolean }) => [q.id, q.isOverall])).toEqual([
      ['ease_of_use', false],
      [expect.stringMatching(/^[0-9a-f-]{36}$/), false],
      ['suggestions', false],
      ['overall', true],
    ]);
    expect(res.body.questions[0].text.th).toBe('ใช้งานง่าย');
    expect(res.body).toMatchObject({ targetPercent: 92.5, anonymous: true });
    expect((await auditActions())[0]).toBe('survey_round.update');
  });

  it('freezes the questionnaire once the round opens, allowing only the title and the closing time', async () => {
    const round = await createRound(t, admin);
    const questions = DEFAULT_SURVEY_QUESTIONS.slice(0, 2);
    const frozen = await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { questions }, 'en');
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('survey_frozen');
    expect(frozen.body.error.message).toContain('can no longer change');
    for (const body of [{ anonymous: true }, { invitation: { levels: [1] } }, { targetPercent: 80 }]) {
      expect((await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, body)).status, JSON.stringify(body)).toBe(409);
    }
    // Sending what is already there changes nothing and is not refused (a form may send the whole round).
    expect(
      (await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { questions: DEFAULT_SURVEY_QUESTIONS, anonymous: false })).status,
    ).toBe(200);
    const longer = new Date(t.clock.now().getTime() + 14 * DAY_MS).toISOString();
    const edited = await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { title: 'รอบที่ 1 (ขยายเวลา)', closesAt: longer });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'รอบที่ 1 (ขยายเวลา)', closesAt: longer, questionnaireEditable: false, phase: 'open' });
    const past = new Date(t.clock.now().getTime() - 60_000).toISOString();
    expect((await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { closesAt: past })).status).toBe(400);
    expect((await auditActions()).filter((a) => a === 'survey_round.update')).toHaveLength(1);
  });

  it('closes a round early by moving its closing time to now', async () => {
    const round = await createRound(t, admin);
    t.clock.advanceMinutes(10);
    const res = await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { closesAt: t.clock.now().toISOString() });
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('closed');
    expect(
      (await asAdmin('PATCH', `/api/admin/surveys/${round.id}`, { closesAt: new Date(t.clock.now().getTime() + DAY_MS).toISOString() }))
        .status,
    ).toBe(409);
  });
});

describe('deleting a round', () => {
  it('deletes a round nobody has answered, audited, and refuses one with answers', async () => {
    const empty = await createRound(t, admin, tomorrow());
    expect((await asAdmin('DELETE', `/api/admin/surveys/${empty.id}`)).status).toBe(204);
    expect((await asAdmin('GET', `/api/admin/surveys/${empty.id}`)).status).toBe(404);
    expect((await auditActions())[0]).toBe('survey_round.delete');

    const answered = await createRound(t, admin);
    await call(t, 'PUT', `/api/surveys/${answered.id}/response`, { cookie: await signIn(t, office.unitK01), body: defaultAnswers(5) });
    const refused = await asAdmin('DELETE', `/api/admin/surveys/${answered.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'survey_has_responses', message: 'แบบสำรวจนี้มีผู้ตอบแล้ว จึงลบไม่ได้' });
  });
});

describe('the list of rounds', () => {
  it('pages by latest opening with a keyset cursor and counts the answers', async () => {
    const now = t.clock.now().getTime();
    const ids: string[] = [];
    for (const days of [1, 3, 2]) {
      const opensAt = new Date(now + days * DAY_MS).toISOString();
      ids.push((await createRound(t, admin, { title: `รอบ ${days}`, opensAt, closesAt: new Date(now + 30 * DAY_MS).toISOString() })).id);
    }
    const first = await asAdmin('GET', '/api/admin/surveys?limit=2');
    expect(first.body.items.map((r: { title: string }) => r.title)).toEqual(['รอบ 3', 'รอบ 2']);
    const second = await asAdmin('GET', `/api/admin/surveys?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: { title: string }) => r.title)).toEqual(['รอบ 1']);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('administration of surveys', () => {
  it('refuses everyone but administrators with 403, before reading any input', async () => {
    const round = await createRound(t, admin);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/admin/surveys'],
      ['POST', '/api/admin/surveys', { nonsense: true }],
      ['GET', `/api/admin/surveys/${round.id}`],
      ['PATCH', `/api/admin/surveys/${round.id}`, { title: 'x' }],
      ['DELETE', `/api/admin/surveys/${round.id}`],
      ['GET', `/api/admin/surveys/${round.id}/results`],
      ['GET', `/api/admin/surveys/${round.id}/summary`],
      ['GET', `/api/admin/surveys/${round.id}/export?what=answers&format=csv`],
      ['GET', `/api/admin/surveys/compare?rounds=${round.id},${round.id}`],
    ];
    for (const user of [office.unitK01, office.analystA, office.level8]) {
      const cookie = await signIn(t, user);
      for (const [method, path, body] of routes)
        expect((await call(t, method, path, { cookie, body })).status, `${user.username} ${method} ${path}`).toBe(403);
    }
  });
});
