// The comparison of rounds claims a change in the KPI only between two rounds that can conclude, and then says whether
// their 95 % intervals overlap; from a round below its minimum sample it says why no change is claimed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { addUnitStaff, createRound, defaultAnswers } from '../support/surveys';

let t: TestApp;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  admin = await signIn(t, (await buildOffice(t.handle.db)).admin);
});
afterEach(() => t.close());

/** A round of K02's staff with a minimum sample of 3, answered by each person with the overall value given. */
async function roundAnswered(people: readonly OfficeUser[], overall: readonly number[]): Promise<string> {
  const round = await createRound(t, admin, { invitation: { unitCodes: ['K02'] }, minimumRespondents: 3 });
  for (const [i, value] of overall.entries()) {
    const res = await call(t, 'PUT', `/api/surveys/${round.id}/response`, {
      cookie: await signIn(t, people[i] as OfficeUser),
      body: defaultAnswers(value),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  return round.id;
}

const compare = async (...ids: string[]) => {
  const res = await call(t, 'GET', `/api/admin/surveys/compare?rounds=${ids.join(',')}`, { cookie: admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.rounds as { kpi: { percent: number | null }; kpiChange: unknown }[];
};

describe('the change in the KPI between compared rounds', () => {
  it('is not claimed from a round below its minimum sample, naming that round’s n and minimum', async () => {
    const people = await addUnitStaff(t, 'k02', 12, 'K02');
    const full = await roundAnswered(people, Array(12).fill(5));
    const one = await roundAnswered(people, [4]);
    const [first, second] = await compare(full, one);
    expect(first?.kpiChange).toBeNull();
    expect(second?.kpiChange).toEqual({
      verdict: 'cannot_conclude',
      inconclusive: [{ round: 'later', reason: 'too_few', respondents: 1, minimumRespondents: 3 }],
    });
  });

  it('is given between two rounds that can conclude, with whether their intervals overlap', async () => {
    const people = await addUnitStaff(t, 'k02', 12, 'K02');
    const allFive = await roundAnswered(people, Array(12).fill(5));
    const allFour = await roundAnswered(people, Array(12).fill(4));
    const mostlyFive = await roundAnswered(people, [...Array(10).fill(5), 4, 4]);
    const rounds = await compare(allFive, allFour, mostlyFive);
    // 100 % (75.8–100) then 0 % (0–24.2): apart; then 83.3 % (55.2–95.3): apart from 0 % too.
    expect(rounds[1]?.kpiChange).toEqual({ verdict: 'compared', changePoints: -100, intervalsOverlap: false });
    expect(rounds[2]?.kpiChange).toEqual({ verdict: 'compared', changePoints: 83.3, intervalsOverlap: false });
    // 100 % then 83.3 %: the intervals overlap, so the drop could be chance.
    expect((await compare(allFive, mostlyFive))[1]?.kpiChange).toEqual({
      verdict: 'compared',
      changePoints: -16.7,
      intervalsOverlap: true,
    });
  });
});
