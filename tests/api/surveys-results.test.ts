// Live results through the API: the KPI against its target, figures per question, rates, comparison and the Thai summary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { addUnitStaff, createRound, defaultAnswers } from '../support/surveys';

let t: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

/** Each person answers `overall` for the KPI question and 4 elsewhere. */
async function answerAll(
  roundId: string,
  people: OfficeUser[],
  overall: (index: number) => number,
  suggestion?: (index: number) => string | undefined,
) {
  for (const [index, person] of people.entries()) {
    const res = await call(t, 'PUT', `/api/surveys/${roundId}/response`, {
      cookie: await signIn(t, person),
      body: defaultAnswers(overall(index), 4, suggestion?.(index)),
    });
    expect(res.status).toBe(200);
  }
}

describe('results', () => {
  it('reads 29 of 30 at level 5 overall as 96.7 %, passing the 90 % target', async () => {
    const people = await addUnitStaff(t, 'k02', 30, 'K02');
    const round = await createRound(t, admin, { invitation: { unitCodes: ['K02'] } });
    await answerAll(
      round.id,
      people,
      (i) => (i === 0 ? 4 : 5),
      (i) => (i < 2 ? `ข้อเสนอแนะ ${i + 1}` : undefined),
    );
    const res = await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.body.kpi).toEqual({
      questionId: 'overall',
      respondents: 30,
      atLevel5: 29,
      percent: 96.7,
      interval: { lower: 83.3, upper: 99.4 },
      intervalSide: 'across',
      targetPercent: 90,
      minimumRespondents: 30,
      verdict: 'passed',
      passed: true,
    });
    // Overall: Σx = 149, n = 30 → mean 4.97, SD 0.18, 96.7 % at 5, 100.0 % at 4–5, 99.3 % of the top (see unit/survey-statistics).
    const overall = res.body.scaleQuestions.find((q: { questionId: string }) => q.questionId === 'overall');
    expect(overall).toMatchObject({
      position: 1,
      isOverall: true,
      n: 30,
      mean: 4.97,
      sd: 0.18,
      percentAt5: 96.7,
      percentAt4to5: 100,
      meanPercent: 99.3,
      band: { key: 'highest', label: { th: 'มากที่สุด', en: 'Very high' } },
    });
    // Everyone answered 4 elsewhere: mean 4.00 "มาก", SD 0, 0 % at 5, mean/5×100 = 80.0.
    const ease = res.body.scaleQuestions.find((q: { questionId: string }) => q.questionId === 'ease_of_use');
    expect(ease).toMatchObject({ n: 30, mean: 4, sd: 0, percentAt5: 0, percentAt4to5: 100, meanPercent: 80, band: { key: 'high' } });
    expect(ease.distribution.map((d: { count: number }) => d.count)).toEqual([0, 0, 0, 30, 0]);
    expect(res.body.responseRate).toMatchObject({
      invited: 30,
      responded: 30,
      percent: 100,
      byLevel: [{ level: 1, title: { th: 'หน่วยรับงบประมาณ' }, invited: 30, responded: 30, percent: 100 }],
      byUnit: [{ unitCode: 'K02', invited: 30, responded: 30, percent: 100 }],
    });
    expect(res.body.textQuestions[0]).toMatchObject({ questionId: 'suggestions', position: 6 });
    expect(
      res.body.textQuestions[0].answers.map((a: { text: string; respondent: { username: string } }) => [a.text, a.respondent.username]),
    ).toEqual([
      ['ข้อเสนอแนะ 1', 'k02-1'],
      ['ข้อเสนอแนะ 2', 'k02-2'],
    ]);
  });

  it('reads 17 of 20 at level 5 as 85.0 %, failing the target, with the response rate of those invited', async () => {
    const people = await addUnitStaff(t, 'k03', 25, 'K03');
    const round = await createRound(t, admin, { invitation: { unitCodes: ['K03'] }, minimumRespondents: 20 });
    await answerAll(round.id, people.slice(0, 20), (i) => (i < 17 ? 5 : 4));
    const res = await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin });
    expect(res.body.kpi).toMatchObject({ respondents: 20, atLevel5: 17, percent: 85, passed: false });
    // 20 of 25 invited answered: 80.0 %.
    expect(res.body.responseRate).toMatchObject({ invited: 25, responded: 20, percent: 80 });
    const summary = await call(t, 'GET', `/api/admin/surveys/${round.id}/summary`, { cookie: admin });
    expect(summary.body.kpi).toMatchObject({ verdict: 'failed', verdictText: 'ไม่ผ่านเป้าหมาย', reason: null });
  });

  it('counts response rates by level and unit over everyone invited', async () => {
    const round = await createRound(t, admin, { invitation: { levels: [1, 2] } });
    await answerAll(round.id, [office.unitK01, office.analystA], () => 5);
    const rate = (await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin })).body.responseRate;
    // Level 1: k01, k01b, d05 (1 of 3 = 33.3 %); level 2: the two analysts (1 of 2 = 50.0 %); 2 of 5 = 40.0 %.
    expect(rate).toMatchObject({ invited: 5, responded: 2, percent: 40 });
    expect(rate.byLevel.map((r: { level: number; percent: number }) => [r.level, r.percent])).toEqual([
      [1, 33.3],
      [2, 50],
    ]);
    expect(
      rate.byUnit.map((r: { unitCode: string; percent: number; name: { th: string } | null }) => [r.unitCode, r.percent, r.name !== null]),
    ).toEqual([
      ['D05', 0, true],
      ['K01', 50, true],
    ]);
  });

  it('has no KPI verdict before anyone answers', async () => {
    const round = await createRound(t, admin);
    const res = await call(t, 'GET', `/api/admin/surveys/${round.id}/results`, { cookie: admin });
    expect(res.body.kpi).toMatchObject({ respondents: 0, percent: null, passed: null });
    expect(res.body.scaleQuestions[0]).toMatchObject({ n: 0, mean: null, band: null });
  });
});

describe('comparison and summary', () => {
  it('sets two rounds side by side and prints the KPI sentence in Thai', async () => {
    const people = await addUnitStaff(t, 'k02', 30, 'K02');
    const first = await createRound(t, admin, { title: 'รอบ 2568', invitation: { unitCodes: ['K02'] } });
    await answerAll(first.id, people, (i) => (i === 0 ? 4 : 5));
    const second = await createRound(t, admin, { title: 'รอบ 2569', invitation: { unitCodes: ['K02'] } });
    await answerAll(second.id, people.slice(0, 10), (i) => (i < 8 ? 5 : 3));

    const compared = await call(t, 'GET', `/api/admin/surveys/compare?rounds=${first.id},${second.id}`, { cookie: admin });
    expect(compared.status).toBe(200);
    expect(
      compared.body.rounds.map(
        (r: { round: { title: string }; kpi: { percent: number; verdict: string }; responseRatePercent: number }) => [
          r.round.title,
          r.kpi.percent,
          r.kpi.verdict,
          r.responseRatePercent,
        ],
      ),
    ).toEqual([
      ['รอบ 2568', 96.7, 'passed', 100],
      ['รอบ 2569', 80, 'too_few', 33.3], // 8 of 10 at 5; 10 of 30 answered, fewer than the minimum of 30
    ]);
    expect(compared.body.rounds[1].questions[0]).toMatchObject({ questionId: 'overall', mean: 4.6 }); // (40 + 6)/10
    expect((await call(t, 'GET', `/api/admin/surveys/compare?rounds=${first.id}`, { cookie: admin })).status).toBe(400);
    expect(
      (await call(t, 'GET', `/api/admin/surveys/compare?rounds=${first.id},00000000-0000-4000-8000-000000000000`, { cookie: admin }))
        .status,
    ).toBe(404);

    const summary = await call(t, 'GET', `/api/admin/surveys/${first.id}/summary`, { cookie: admin });
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      title: 'รอบ 2568',
      fiscalYearLabel: 'ปีงบประมาณ พ.ศ. 2569',
      periodLabel: '2 มี.ค. 2569 – 9 มี.ค. 2569',
      invited: 30,
      responded: 30,
      kpi: {
        percent: 96.7,
        passed: true,
        verdictText: 'ผ่านเป้าหมาย',
        reason: null,
        intervalText: 'ช่วงความเชื่อมั่น 95%: ร้อยละ 83.3–99.4',
        statement: 'ร้อยละ 96.7 ของผู้ใช้บริการผ่านระบบ BMRTS มีความพึงพอใจในระดับดีมาก (29 จาก 30 คน; เป้าหมายร้อยละ 90)',
      },
    });
    expect(summary.body.rows[0]).toMatchObject({ position: 1, isOverall: true, mean: 4.97, bandLabel: 'มากที่สุด' });
    expect(summary.body.scale.map((s: { label: string }) => s.label)[4]).toBe('พึงพอใจในระดับดีมาก');
    expect(summary.body.bands).toEqual([
      { range: '4.51–5.00', label: 'มากที่สุด' },
      { range: '3.51–4.50', label: 'มาก' },
      { range: '2.51–3.50', label: 'ปานกลาง' },
      { range: '1.51–2.50', label: 'น้อย' },
      { range: '1.00–1.50', label: 'น้อยที่สุด' },
    ]);
  });
});
