// The dashboard's headline cards and month trend against a small dataset counted by hand: waiting and overdue now and at
// the end of last month, working days to a final decision, level visits within their target, first-pass yield.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OverviewResponse, RequestContentInput, RequestListResponse, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

/** Bangkok wall-clock time (UTC+7) as the UTC instant the clock takes. */
const bangkok = (date: string, time = '10:00') => new Date(Date.parse(`${date}T${time}:00.000+07:00`)).toISOString();

beforeEach(async () => {
  t = await makeTestApp(bangkok('2025-11-03'));
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

/** Moves the clock forward; everyone signs in again (sessions idle out). */
function at(date: string): void {
  t.clock.set(bangkok(date));
  actors = new Actors(t);
}

async function submit(title: string, content: RequestContentInput = allotment()): Promise<RequestView> {
  const unit = office.unitK01;
  return send(t, actors, unit, await createDraft(t, actors, unit, { ...content, title: `คำขอ ${title}` }), 'SUBMIT');
}

const approve = (request: RequestView, by: OfficeUser) => send(t, actors, by, request, 'APPROVE', 'เห็นควรอนุมัติ');

/**
 * FY 2569, allotments decided at level 4; targets 3, 1, 1 working days at levels 2, 3, 4. No holiday in November 2025;
 * Fri 5 Dec is one. Each visit's working days count the days after it arrived, up to the day it left.
 */
async function buildDataset() {
  const { analystA, headSection1: head, directorDivision1: director } = office;
  // Mon 3 Nov: A, B and D submitted.
  let a = await submit('A');
  let b = await submit('B');
  const d = await submit('D');
  at('2025-11-05');
  a = await approve(a, analystA); // level 2: 2 days, on time
  at('2025-11-06');
  a = await approve(await approve(a, head), director); // level 3: 1 day, level 4: 0, on time; A approved, 3 days from submission
  b = await send(t, actors, analystA, b, 'RETURN', 'ขาดแผนการใช้จ่าย'); // level 2: 3 days, on time (not past 3)
  at('2025-11-10');
  b = await send(t, actors, office.unitK01, b, 'RESUBMIT');
  at('2025-11-17');
  b = await approve(b, analystA); // level 2: 5 days, late
  at('2025-11-26');
  let c = await submit('C');
  // Mon 1 Dec 00:00: B at level 3 for 10 days (late), C at level 2 for 3 (not late), D at level 2 for 20 (late).
  at('2025-12-02');
  b = await approve(await approve(b, head), director); // level 3: 11 days, late; level 4: 0, on time; approved after 21 days
  c = await approve(c, analystA); // level 2: 4 days, late
  await send(t, actors, analystA, d, 'REJECT', 'ไม่อยู่ในแผน'); // level 2: 21 days, late; rejected after 21 days
  at('2025-12-08');
  await submit('E'); // level 2 since Mon 8 Dec
  at('2025-12-09');
  await submit('F');
  await submit('G');
  // Now, Tue 9 Dec: C at level 3 for 4 days (Wed, Thu, Mon, Tue), late; E 1 day, F and G 0 at level 2.
  return { a, b, c };
}

async function overview(user: OfficeUser) {
  const res = await call<OverviewResponse>(t, 'GET', '/api/overview', { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('the dashboard headline', () => {
  it('gives each card now and at the end of last month, as counted by hand', async () => {
    await buildDataset();
    const body = await overview(office.level6);
    const monthStart = bangkok('2025-12-01', '00:00');
    expect(body.headline).toEqual({
      waitingNow: { value: 4, previous: 3, previousAt: monthStart },
      overdueNow: { value: 1, previous: 2, previousAt: monthStart },
      // Decided in the year: A after 3 working days, B and D after 21 → nearest-rank median 21; before December A alone.
      medianDaysToDecision: { value: 21, n: 3, previous: 3, previousN: 1, previousAt: monthStart },
      // Nine visits ended: November five (A's three, B's two at level 2), four on time; December four, one on time.
      onTimePercent: { value: 55.6, n: 9, previous: 80, previousN: 5, previousAt: monthStart },
      // Approved: A first time, B after a return.
      firstPassPercent: { value: 50, n: 2, previous: 100, previousN: 1, previousAt: monthStart },
    });
  });

  it('gives each month of the fiscal year its time to a decision and on-time rate', async () => {
    await buildDataset();
    const body = await overview(office.level6);
    const empty = { decisions: 0, medianDaysToDecision: null, visits: 0, onTimePercent: null };
    expect(body.trend).toHaveLength(12);
    expect(body.trend[0]).toEqual({ month: '2025-10', ...empty });
    expect(body.trend[1]).toEqual({ month: '2025-11', decisions: 1, medianDaysToDecision: 3, visits: 5, onTimePercent: 80 });
    expect(body.trend[2]).toEqual({ month: '2025-12', decisions: 2, medianDaysToDecision: 21, visits: 4, onTimePercent: 25 });
    expect(body.trend.slice(3)).toEqual(
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].map((month) => ({
        month,
        ...empty,
      })),
    );
  });

  it('counts waiting and overdue now as the request list does', async () => {
    await buildDataset();
    const body = await overview(office.level6);
    const cookie = await actors.cookie(office.level6);
    const count = async (query: Record<string, string>) => {
      const res = await call<RequestListResponse>(t, 'GET', `/api/requests?${new URLSearchParams({ ...query, limit: '100' }).toString()}`, {
        cookie,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.length;
    };
    const waiting = (await count({ status: 'in_review' })) + (await count({ status: 'awaiting_council' }));
    expect(body.headline.waitingNow.value).toBe(waiting);
    expect(body.headline.overdueNow.value).toBe(await count({ overdue: 'true' }));
    expect(body.headline.waitingNow.value).toBe(body.levels.reduce((s, l) => s + l.waiting, 0) + body.council.waiting);
  });

  it('compares a year already over with the start of its last month', async () => {
    await buildDataset();
    at('2026-10-05');
    const res = await call<OverviewResponse>(t, 'GET', '/api/overview?fiscalYear=2569', { cookie: await actors.cookie(office.level6) });
    expect(res.status).toBe(200);
    // Everything of FY 2569 was decided before September 2026, so the figure then is the figure now.
    expect(res.body.headline.medianDaysToDecision).toEqual({
      value: 21,
      n: 3,
      previous: 21,
      previousN: 3,
      previousAt: bangkok('2026-09-01', '00:00'),
    });
    expect(res.body.headline.waitingNow.previousAt).toBe(bangkok('2026-10-01', '00:00'));
  });
});
