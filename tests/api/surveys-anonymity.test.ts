// An anonymous round: one response per person still, replaceable until closing, and no identity in results or exports.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { addUnitStaff, createRound, defaultAnswers, download } from '../support/surveys';
import { xlsxText } from '../support/zip-entries';

let t: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

/** Everything that would name a respondent: user id, username, display name. */
async function identities(people: OfficeUser[]): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where(
      'id',
      'in',
      people.map((p) => p.id),
    )
    .execute();
  return rows.flatMap((r) => [r.id, r.username, r.display_name]);
}

/** Results, summary and every export of the round, as text. */
async function everythingAdminsSee(roundId: string): Promise<Record<string, string>> {
  const base = `/api/admin/surveys/${roundId}`;
  const seen: Record<string, string> = {
    results: JSON.stringify((await call(t, 'GET', `${base}/results`, { cookie: admin })).body),
    summary: JSON.stringify((await call(t, 'GET', `${base}/summary`, { cookie: admin })).body),
  };
  for (const what of ['results', 'answers']) {
    const csv = await download(t, `${base}/export?what=${what}&format=csv`, admin);
    expect(csv.status).toBe(200);
    seen[`${what}.csv`] = csv.text;
    const xlsx = await download(t, `${base}/export?what=${what}&format=xlsx`, admin);
    expect(xlsx.status).toBe(200);
    seen[`${what}.xlsx`] = xlsxText(xlsx.bytes);
  }
  return seen;
}

describe('an anonymous round', () => {
  it('keeps one response per person and lets it be replaced, with nothing in the answers that points back to the person', async () => {
    const round = await createRound(t, admin, { anonymous: true });
    const unit = await signIn(t, office.unitK01);
    await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(3, 3, 'ครั้งแรก') });
    const second = await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: unit, body: defaultAnswers(5, 5, 'แก้ไขแล้ว') });
    expect(second.body.replaced).toBe(true);
    const pending = await call(t, 'GET', '/api/surveys/pending', { cookie: unit });
    expect(pending.body.items[0]).toMatchObject({ anonymous: true, answered: true, myAnswers: defaultAnswers(5, 5, 'แก้ไขแล้ว').answers });

    const db = t.handle.db;
    const responses = await db.selectFrom('survey_responses').selectAll().execute();
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ respondent_id: null, submitted_at: null, edit_key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(responses)).not.toContain(office.unitK01.id);
    expect(await db.selectFrom('survey_participants').select(['user_id']).execute()).toEqual([{ user_id: office.unitK01.id }]);
    expect(
      (await db.selectFrom('survey_answers').select('text_value').where('text_value', 'is not', null).execute()).map((a) => a.text_value),
    ).toEqual(['แก้ไขแล้ว']);
  });

  it('shows results and exports that contain no user identity of the respondents', async () => {
    const people = await addUnitStaff(t, 'staff', 4, 'K02');
    const respondents = [...people, office.unitK01, office.analystA];
    const round = await createRound(t, admin, { anonymous: true });
    for (const [index, person] of respondents.entries()) {
      const res = await call(t, 'PUT', `/api/surveys/${round.id}/response`, {
        cookie: await signIn(t, person),
        body: defaultAnswers(index % 2 ? 5 : 4, 4, `ความเห็นที่ ${index + 1}`),
      });
      expect(res.status).toBe(200);
    }
    const seen = await everythingAdminsSee(round.id);
    const names = await identities(respondents);
    expect(names).toHaveLength(18);
    for (const [source, text] of Object.entries(seen)) {
      for (const name of names) expect(text.includes(name), `${source} contains ${name}`).toBe(false);
    }
    // What the exports do hold: the answers and the free text, under Thai headers.
    expect(seen['answers.csv']).toContain('ความเห็นที่ 6');
    expect(seen['answers.csv']?.split('\r\n')[0]).toMatch(/^\uFEFFรหัสคำตอบ,"?ข้อ 1\./);
    expect(seen['answers.xlsx']).toContain('ความเห็นที่ 3');
    const results = JSON.parse(seen.results ?? 'null');
    expect(results.textQuestions[0].answers.every((a: { respondent: unknown }) => a.respondent === null)).toBe(true);
    expect(results.kpi).toMatchObject({ respondents: 6, atLevel5: 3, percent: 50 });
  });

  it('forgets the keyed link once the round has closed', async () => {
    const round = await createRound(t, admin, { anonymous: true });
    await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: await signIn(t, office.unitK01), body: defaultAnswers(5) });
    t.clock.advanceMinutes(8 * 24 * 60);
    admin = await signIn(t, office.admin);
    expect((await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin })).body.kpi.respondents).toBe(1);
    expect(await t.handle.db.selectFrom('survey_responses').select('edit_key').execute()).toEqual([{ edit_key: null }]);
    expect(await t.handle.db.selectFrom('survey_rounds').select('response_secret').execute()).toEqual([{ response_secret: null }]);
  });

  it('is contrasted by a named round, whose raw answers do name the respondent', async () => {
    const round = await createRound(t, admin);
    await call(t, 'PUT', `/api/surveys/${round.id}/response`, { cookie: await signIn(t, office.unitK01), body: defaultAnswers(5) });
    const csv = await download(t, `/api/admin/surveys/${round.id}/export?what=answers&format=csv`, admin);
    expect(csv.text).toContain(office.unitK01.username);
    expect(csv.text).toContain('คุณ k01');
    expect(xlsxText((await download(t, `/api/admin/surveys/${round.id}/export?what=answers&format=xlsx`, admin)).bytes)).toContain(
      office.unitK01.id,
    );
  });
});
