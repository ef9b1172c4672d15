// Answering a survey: the pending list, one response per person replaced by a later answer, and refusals that store nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

/** Every stored trace of answers: what a refused answer must leave as it was. */
async function storedAnswers() {
  const db = t.handle.db;
  return [
    await db.selectFrom('survey_participants').selectAll().orderBy('round_id').orderBy('user_id').execute(),
    await db.selectFrom('survey_responses').selectAll().orderBy('id').execute(),
    await db.selectFrom('survey_answers').selectAll().orderBy('response_id').orderBy('question_id').execute(),
  ] as const;
}

describe('the pending surveys', () => {
  it('lists an open round with its questions and the five labels of the original form, until the person answers', async () => {
    const round = await createRound(t, admin);
    const unit = await signIn(t, office.unitK01);
    const before = await call(t, 'GET', '/api/surveys/pending', { cookie: unit });
    expect(before.status).toBe(200);
    expect(before.body.promptNow).toBe(true);
    expect(before.body.items).toHaveLength(1);
    expect(before.body.items[0]).toMatchObject({ id: round.id, answered: false, myAnswers: null, anonymous: false });
    expect(before.body.items[0].questions.map((q: { id: string }) => q.id)).toEqual([
      'overall',
      'ease_of_use',
      'tracking_speed',
      'status_accuracy',
      'notification_usefulness',
      'suggestions',
    ]);
    expect(before.body.scale).toEqual([
      { value: 1, label: { th: 'พึงพอใจในระดับน้อยมาก (ควรปรับปรุงอย่างเร่งด่วน)', en: 'Very low satisfaction (needs urgent improvement)' } },
      { value: 2, label: { th: 'พึงพอใจในระดับน้อย', en: 'Low satisfaction' } },
      { value: 3, label: { th: 'พึงพอใจในระดับปานกลาง', en: 'Moderate satisfaction' } },
      { value: 4, label: { th: 'พึงพอใจในระดับมาก', en: 'High satisfaction' } },
      { value: 5, label: { th: 'พึงพอใจในระดับดีมาก', en: 'Very high satisfaction' } },
    ]);

    expect((await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(5, 4, 'ดีมาก') })).status).toBe(
      200,
    );
    const after = await call(t, 'GET', '/api/surveys/pending', { cookie: unit });
    expect(after.body.promptNow).toBe(false);
    expect(after.body.items[0]).toMatchObject({ answered: true, myAnswers: [...defaultAnswers(5, 4, 'ดีมาก').answers] });
  });

  it('prompts a budget unit again after one of its requests is decided, as long as it has not answered', async () => {
    // The web asks GET /api/surveys/pending after a decision; the answer depends only on the open rounds.
    await createRound(t, admin, { invitation: { levels: [1] } });
    const res = await call(t, 'GET', '/api/surveys/pending', { cookie: await signIn(t, office.unitD05) });
    expect(res.body.promptNow).toBe(true);
  });

  it('gives administrators an empty list, and leaves out rounds the caller is not invited to or that are not open', async () => {
    await createRound(t, admin, { invitation: { levels: [2] } });
    const later = t.clock.now().getTime() + 86_400_000;
    await createRound(t, admin, { opensAt: new Date(later).toISOString(), closesAt: new Date(later + 86_400_000).toISOString() });
    expect((await call(t, 'GET', '/api/surveys/pending', { cookie: admin })).body).toMatchObject({ items: [], promptNow: false });
    expect((await call(t, 'GET', '/api/surveys/pending', { cookie: await signIn(t, office.unitK01) })).body.items).toEqual([]);
    expect((await call(t, 'GET', '/api/surveys/pending', { cookie: await signIn(t, office.analystA) })).body.items).toHaveLength(1);
  });
});

describe('answering', () => {
  it('keeps one response per person: a second answer replaces the first', async () => {
    const round = await createRound(t, admin);
    const unit = await signIn(t, office.unitK01);
    const first = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(3, 3, 'ช้า') });
    expect(first.body).toMatchObject({ roundId: round.id, replaced: false });
    t.clock.advanceMinutes(30);
    const second = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(5, 5) });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ replaced: true, answers: defaultAnswers(5, 5).answers });

    const [participants, responses, answers] = await storedAnswers();
    expect(participants).toHaveLength(1);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ respondent_id: office.unitK01.id, submitted_at: t.clock.now().toISOString() });
    // The suggestion of the first answer is gone with it.
    expect(answers.map((a) => [a.question_id, a.scale_value, a.text_value])).toEqual([
      ['ease_of_use', 5, null],
      ['notification_usefulness', 5, null],
      ['overall', 5, null],
      ['status_accuracy', 5, null],
      ['tracking_speed', 5, null],
    ]);
    const results = await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin });
    expect(results.body.kpi).toMatchObject({ respondents: 1, atLevel5: 1, percent: 100 });
  });

  it('refuses an answer to a closed round with 422 survey_closed and stores nothing', async () => {
    const round = await createRound(t, admin);
    await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: await signIn(t, office.unitK01), body: defaultAnswers(4) });
    t.clock.advanceMinutes(8 * 24 * 60);
    // A new session: the first one has long gone idle.
    const unit = await signIn(t, office.unitK01);
    const stored = await storedAnswers();
    const closed = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(5) });
    expect(closed.status).toBe(422);
    expect(closed.body.error).toEqual({ code: 'survey_closed', message: 'แบบสำรวจนี้ปิดรับคำตอบแล้ว ไม่สามารถตอบหรือแก้ไขคำตอบได้' });
    const other = await call(t, 'PUT', `/api/surveys/${round.id}/response`, {
      cookie: await signIn(t, office.unitD05),
      body: defaultAnswers(5),
      lang: 'en',
    });
    expect(other.status).toBe(422);
    expect(other.body.error.message).toBe('This survey is closed; answers can no longer be given or changed');
    expect(await storedAnswers()).toEqual(stored);
    expect((await call(t, 'GET', '/api/surveys/pending', { cookie: unit })).body.items).toEqual([]);
  });

  it('refuses an answer before the round opens with 422 survey_not_open and stores nothing', async () => {
    const opens = t.clock.now().getTime() + 86_400_000;
    const round = await createRound(t, admin, {
      opensAt: new Date(opens).toISOString(),
      closesAt: new Date(opens + 86_400_000).toISOString(),
    });
    const res = await call(t, 'PUT', `/api/surveys/${round.id}/response`, {
      cookie: await signIn(t, office.unitK01),
      body: defaultAnswers(5),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('survey_not_open');
    expect(res.body.error.message).toContain('ยังไม่เปิดรับคำตอบ');
    expect((await storedAnswers()).flat()).toEqual([]);
  });

  it('answers 404 to a person the round does not invite, and 403 to an administrator', async () => {
    const round = await createRound(t, admin, { invitation: { unitCodes: ['D05'] } });
    expect(
      (await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: await signIn(t, office.unitK01), body: defaultAnswers(5) }))
        .status,
    ).toBe(404);
    expect(
      (await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: await signIn(t, office.unitD05), body: defaultAnswers(5) }))
        .status,
    ).toBe(200);
    const byAdmin = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: admin, body: defaultAnswers(5) });
    expect(byAdmin.status).toBe(403);
    expect((await storedAnswers())[0]).toHaveLength(1);
  });

  it('needs every scale question answered on the scale, and says which in Thai', async () => {
    const round = await createRound(t, admin);
    const unit = await signIn(t, office.unitK01);
    const missing = { answers: defaultAnswers(5).answers.filter((a) => a.questionId !== 'tracking_speed') };
    const res = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: missing });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: ['answers', 'tracking_speed'], message: 'กรุณาตอบคำถามที่ให้เลือกระดับความพึงพอใจทุกข้อ' }]);
    expect((await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(6) })).status).toBe(400);
    const tooLong = defaultAnswers(5, 4, 'ก'.repeat(2001));
    expect((await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: tooLong })).status).toBe(400);
    expect((await storedAnswers()).flat()).toEqual([]);
  });
});
