// A survey result that cannot mislead (issue 15 item 8): below the round's minimum sample the results, the summary,
// the exports and the comparison say they cannot conclude, and why; from the minimum on they pass or fail. New rounds
// are anonymous unless the administrator says otherwise, and then nothing an administrator can read names a respondent.
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

async function answer(roundId: string, person: OfficeUser, overall: number, suggestion?: string) {
  const res = await call(t, 'PUT', `/api/surveys/${roundId}/response`, {
    cookie: await signIn(t, person),
    body: defaultAnswers(overall, 4, suggestion),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const results = async (roundId: string) => (await call(t, 'GET', `/api/admin/surveys/${roundId}/results`, { cookie: admin })).body;

describe('the KPI below and at the minimum sample', () => {
  it('says it cannot conclude from 1 answer of many, with n, the response rate and the interval, everywhere it is reported', async () => {
    const people = await addUnitStaff(t, 'k02', 12, 'K02');
    const round = await createRound(t, admin, { invitation: { unitCodes: ['K02'] } });
    expect(round.minimumRespondents).toBe(30);
    await answer(round.id, people[0] as OfficeUser, 5);

    const body = await results(round.id);
    expect(body.kpi).toMatchObject({
      respondents: 1,
      percent: 100,
      interval: { lower: 20.7, upper: 100 },
      minimumRespondents: 30,
      verdict: 'too_few',
      passed: null,
    });
    expect(body.responseRate).toMatchObject({ invited: 12, responded: 1, percent: 8.3 });

    const summary = (await call(t, 'GET', `/api/admin/surveys/${round.id}/summary`, { cookie: admin })).body;
    expect(summary.kpi).toMatchObject({
      verdictText: 'ยังสรุปไม่ได้',
      reason: 'ตอบ 1 จาก 12 คน น้อยกว่าขั้นต่ำ 30 คน',
      intervalText: 'ช่วงความเชื่อมั่น 95%: ร้อยละ 20.7–100.0',
    });
    const csv = await download(t, `/api/admin/surveys/${round.id}/export?what=results&format=csv`, admin);
    expect(csv.text).toContain('ยังสรุปไม่ได้: ตอบ 1 จาก 12 คน น้อยกว่าขั้นต่ำ 30 คน');
    expect(csv.text).not.toContain('ผ่านเป้าหมาย');
    const xlsx = xlsxText((await download(t, `/api/admin/surveys/${round.id}/export?what=results&format=xlsx`, admin)).bytes);
    expect(xlsx).toContain('ยังสรุปไม่ได้: ตอบ 1 จาก 12 คน น้อยกว่าขั้นต่ำ 30 คน');

    const other = await createRound(t, admin, { invitation: { unitCodes: ['K02'] } });
    const compared = await call(t, 'GET', `/api/admin/surveys/compare?rounds=${round.id},${other.id}`, { cookie: admin });
    expect(compared.body.rounds.map((r: { kpi: { verdict: string } }) => r.kpi.verdict)).toEqual(['too_few', 'no_answers']);
  });

  it('concludes once the minimum the administrator set is reached, and not one answer before', async () => {
    const people = await addUnitStaff(t, 'k02', 5, 'K02');
    const round = await createRound(t, admin, { invitation: { unitCodes: ['K02'] }, minimumRespondents: 3 });
    await answer(round.id, people[0] as OfficeUser, 5);
    await answer(round.id, people[1] as OfficeUser, 5);
    expect((await results(round.id)).kpi).toMatchObject({ respondents: 2, percent: 100, verdict: 'too_few', passed: null });
    await answer(round.id, people[2] as OfficeUser, 5);
    expect((await results(round.id)).kpi).toMatchObject({ respondents: 3, percent: 100, verdict: 'passed', passed: true });
    await answer(round.id, people[3] as OfficeUser, 4);
    expect((await results(round.id)).kpi).toMatchObject({ respondents: 4, percent: 75, verdict: 'failed', passed: false });
    const summary = (await call(t, 'GET', `/api/admin/surveys/${round.id}/summary`, { cookie: admin })).body;
    expect(summary.kpi).toMatchObject({ verdictText: 'ไม่ผ่านเป้าหมาย', reason: null });
  });

  it('lets the minimum change before the round opens, never after, and refuses one below 1 in Thai', async () => {
    const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const later = new Date(t.clock.now().getTime() + 8 * 86_400_000).toISOString();
    const scheduled = await createRound(t, admin, { opensAt: future, closesAt: later });
    const changed = await call(t, 'PATCH', `/api/admin/surveys/${scheduled.id}`, { cookie: admin, body: { minimumRespondents: 50 } });
    expect(changed.body.minimumRespondents).toBe(50);
    const open = await createRound(t, admin);
    const frozen = await call(t, 'PATCH', `/api/admin/surveys/${open.id}`, { cookie: admin, body: { minimumRespondents: 1 } });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('survey_frozen');
    const zero = await call(t, 'PATCH', `/api/admin/surveys/${scheduled.id}`, { cookie: admin, body: { minimumRespondents: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('a new round', () => {
  it('is anonymous unless told otherwise, and nothing the administrator can read ties an answer to its writer', async () => {
    const now = t.clock.now().getTime();
    const created = await call(t, 'POST', '/api/admin/surveys', {
      cookie: admin,
      body: {
        title: 'รอบที่ไม่ได้ระบุความเป็นนิรนาม',
        fiscalYear: 2569,
        opensAt: new Date(now).toISOString(),
        closesAt: new Date(now + 7 * 86_400_000).toISOString(),
        invitation: { allUsers: true },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.anonymous).toBe(true);
    const roundId: string = created.body.id;
    await answer(roundId, office.unitK01, 5, 'ข้อความของหน่วย K01');
    await answer(roundId, office.analystA, 2, 'ข้อความของนักวิเคราะห์');

    const pending = await call(t, 'GET', '/api/surveys/pending', { cookie: await signIn(t, office.unitK01) });
    expect(pending.body.items[0]).toMatchObject({ id: roundId, anonymous: true });

    const base = `/api/admin/surveys/${roundId}`;
    const seen = [
      JSON.stringify(await results(roundId)),
      JSON.stringify((await call(t, 'GET', `${base}/summary`, { cookie: admin })).body),
      JSON.stringify((await call(t, 'GET', base, { cookie: admin })).body),
      JSON.stringify((await call(t, 'GET', '/api/admin/surveys', { cookie: admin })).body),
      (await download(t, `${base}/export?what=answers&format=csv`, admin)).text,
      xlsxText((await download(t, `${base}/export?what=answers&format=xlsx`, admin)).bytes),
      (await download(t, `${base}/export?what=results&format=csv`, admin)).text,
    ].join('\n');
    // The answers are there, but not who wrote them.
    expect(seen).toContain('ข้อความของหน่วย K01');
    const users = await t.handle.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name'])
      .where('id', 'in', [office.unitK01.id, office.analystA.id])
      .execute();
    for (const identity of users.flatMap((u) => [u.id, u.username, u.display_name])) expect(seen).not.toContain(identity);
    // In the database too, the response carries no person.
    const stored = await t.handle.db.selectFrom('survey_responses').selectAll().where('round_id', '=', roundId).execute();
    expect(stored.map((r) => [r.respondent_id, r.submitted_at])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
