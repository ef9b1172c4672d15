// The overview: counts, working days waited per level against the targets, overdue requests, each within the caller's scope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OverviewResponse, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

/** Monday 2 March 2026, 10:00 in Bangkok; Tuesday 3 March is Makha Bucha, a public holiday. */
const MONDAY = '2026-03-02T03:00:00.000Z';
/** Wednesday 4 March, 10:00. */
const WEDNESDAY = '2026-03-04T03:00:00.000Z';
/** Monday 9 March, 09:00 and 10:00. */
const NEXT_MONDAY_9 = '2026-03-09T02:00:00.000Z';
const NEXT_MONDAY_10 = '2026-03-09T03:00:00.000Z';

beforeEach(async () => {
  t = await makeTestApp(MONDAY);
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

/** Moves the clock; sessions idle longer than an hour have ended, so everyone signs in again. */
function at(iso: string): void {
  t.clock.set(iso);
  actors = new Actors(t);
}

async function submitted(unit: OfficeUser, title: string): Promise<RequestView> {
  return send(t, actors, unit, await createDraft(t, actors, unit, allotment({ title })), 'SUBMIT');
}

async function overview(user: OfficeUser, query = '') {
  return call<OverviewResponse>(t, 'GET', `/api/overview${query}`, { cookie: await actors.cookie(user) });
}

/**
 * K01: "old" waits at level 2 since Monday, "moved" at level 3 since Wednesday, "fresh" at level 2 since next Monday 09:00,
 * one returned and one draft transfer. D05: "other" waits at level 2 since Monday 10:01.
 */
async function buildWeek() {
  const old = await submitted(office.unitK01, 'old');
  t.clock.advanceMinutes(1);
  const other = await submitted(office.unitD05, 'other');
  const returned = await submitted(office.unitK01, 'returned');
  await send(t, actors, office.analystA, returned, 'RETURN', 'ขาดเอกสาร');
  await createDraft(t, actors, office.unitK01, councilTransfer());
  at(WEDNESDAY);
  const moved = await send(t, actors, office.analystA, await submitted(office.unitK01, 'moved'), 'APPROVE');
  at(NEXT_MONDAY_9);
  const fresh = await submitted(office.unitK01, 'fresh');
  at(NEXT_MONDAY_10);
  return { old, other, moved, fresh };
}

describe('the overview', () => {
  it('counts by type and status, and measures working days waited at each level, skipping the weekend and the holiday', async () => {
    const { old, other, moved } = await buildWeek();
    const res = await overview(office.level6);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body;
    expect(body.fiscalYear).toBeNull();
    expect(body.counts).toEqual([
      { type: 'allotment', status: 'in_review', count: 4 },
      { type: 'allotment', status: 'returned', count: 1 },
      { type: 'transfer', status: 'draft', count: 1 },
    ]);
    expect(body.inReviewByLevel).toEqual([
      { level: 2, count: 3 }, { level: 3, count: 1 }, { level: 4, count: 0 }, { level: 5, count: 0 },
      { level: 6, count: 0 }, { level: 7, count: 0 }, { level: 8, count: 0 },
    ]);
    // Monday → next Monday: Wed, Thu, Fri, Mon = 4 (Tuesday is Makha Bucha). Wednesday → Monday: 3. Today: 0.
    expect(body.waits[0]).toEqual({ level: 2, waiting: 3, averageWorkingDays: 2.7, longestWorkingDays: 4, targetDays: 3 });
    expect(body.waits[1]).toEqual({ level: 3, waiting: 1, averageWorkingDays: 3, longestWorkingDays: 3, targetDays: 1 });
    expect(body.waits[2]).toEqual({ level: 4, waiting: 0, averageWorkingDays: null, longestWorkingDays: null, targetDays: 1 });
    expect(body.waits.map((w) => w.level)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(body.overdueCount).toBe(3);
    expect(body.overdue.map((r) => [r.id, r.workingDaysAtLevel, r.targetDays])).toEqual([
      [old.id, 4, 3],
      [other.id, 4, 3],
      [moved.id, 3, 1],
    ]);
    expect(body.overdue[0]).toMatchObject({ trackingNo: old.trackingNo, unitCode: 'K01', level: 2, status: 'in_review' });
  });

  it('shows a division director only their division', async () => {
    const { old, other, moved } = await buildWeek();
    const mine = (await overview(office.directorDivision1)).body;
    expect(mine.overdue.map((r) => r.id)).toEqual([old.id, moved.id]);
    expect(mine.inReviewByLevel.slice(0, 2)).toEqual([{ level: 2, count: 2 }, { level: 3, count: 1 }]);
    expect(mine.waits[0]).toMatchObject({ level: 2, waiting: 2, averageWorkingDays: 2, longestWorkingDays: 4 });
    const theirs = (await overview(office.directorDivision2)).body;
    expect(theirs.counts).toEqual([{ type: 'allotment', status: 'in_review', count: 1 }]);
    expect(theirs.overdue.map((r) => r.id)).toEqual([other.id]);
  });

  it('counts what the caller holds by acting as a director', async () => {
    const { other } = await buildWeek();
    const appointed = await call(t, 'POST', '/api/appointments', {
      cookie: await actors.cookie(office.admin),
      body: {
        actingUserId: office.headSection1.id, forUserId: office.directorDivision2.id,
        startsAt: t.clock.now().toISOString(), endsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(), reason: 'ไปราชการ',
      },
    });
    expect(appointed.status, JSON.stringify(appointed.body)).toBe(201);
    const res = await overview(office.headSection1);
    expect(res.status).toBe(200);
    expect(res.body.overdue.map((r) => r.id)).toEqual([other.id]);
  });

  it('filters by fiscal year', async () => {
    await buildWeek();
    await createDraft(t, actors, office.unitK01, allotment({ fiscalYear: 2570, title: 'ปีหน้า' }));
    const body = (await overview(office.admin, '?fiscalYear=2570')).body;
    expect(body.fiscalYear).toBe(2570);
    expect(body.counts).toEqual([{ type: 'allotment', status: 'draft', count: 1 }]);
    expect(body.overdueCount).toBe(0);
    expect((await overview(office.admin, '?fiscalYear=25')).status).toBe(400);
  });

  it('is refused to levels 1–3 with 403, and given to levels 4–8 and administrators', async () => {
    for (const user of [office.unitK01, office.analystA, office.headSection1]) expect((await overview(user)).status, user.username).toBe(403);
    for (const user of [office.directorDivision1, office.level5, office.level8, office.admin]) expect((await overview(user)).status, user.username).toBe(200);
  });
});
