// The request page shows the working days spent at each level, against each level's target (DOMAIN.md §5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { DEFAULT_NOW, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  // Monday 2 March 2026, 10:00 in Bangkok; sessions outlast the days the clock jumps.
  t = await makeTestApp(DEFAULT_NOW, { sessionIdleMinutes: 365 * 24 * 60 });
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function viewAs(user: Office['unitK01'], id: string): Promise<RequestView> {
  const res = await call<RequestView>(t, 'GET', `/api/requests/${id}`, { cookie: await actors.cookie(user) });
  expect(res.status).toBe(200);
  return res.body;
}

describe('time at each level', () => {
  it('shows a new draft at level 1, the unit’s own time, with no target', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(draft.levelTimes).toEqual([{ level: 1, workingDays: 0, current: true, targetDays: null, overTarget: false }]);
  });

  it('skips the Makha Bucha holiday and flags a level once it passes its target', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const submitted = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    t.clock.set('2026-03-04T03:00:00.000Z'); // Wednesday; Tuesday 3 March is Makha Bucha
    expect((await viewAs(office.analystA, submitted.id)).levelTimes.find((l) => l.level === 2)).toEqual({
      level: 2,
      workingDays: 1,
      current: true,
      targetDays: 3,
      overTarget: false,
    });
    t.clock.set('2026-03-09T03:00:00.000Z'); // the next Monday: Wed→Thu, Fri, Mon
    expect((await viewAs(office.analystA, submitted.id)).levelTimes.find((l) => l.level === 2)).toMatchObject({
      workingDays: 4,
      overTarget: true,
    });
  });

  it('adds up both visits at level 2 after a return, and leaves the time with the unit at level 1', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    t.clock.set('2026-03-05T03:00:00.000Z'); // Thursday: Wed, Thu at level 2
    request = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    t.clock.set('2026-03-09T03:00:00.000Z'); // Monday: Fri, Mon with the unit
    request = await send(t, actors, office.unitK01, request, 'RESUBMIT');
    t.clock.set('2026-03-11T03:00:00.000Z'); // Wednesday: Tue, Wed at level 2 again
    request = await send(t, actors, office.analystA, request, 'APPROVE');

    expect(request.levelTimes).toEqual([
      { level: 1, workingDays: 2, current: false, targetDays: null, overTarget: false },
      { level: 2, workingDays: 4, current: false, targetDays: 3, overTarget: true },
      { level: 3, workingDays: 0, current: true, targetDays: 1, overTarget: false },
    ]);
  });

  it('stops every clock once the request is decided', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    t.clock.set('2026-03-04T03:00:00.000Z');
    request = await send(t, actors, office.analystA, request, 'REJECT', 'ไม่อยู่ในแผนงาน');
    t.clock.set('2026-06-01T03:00:00.000Z');
    const later = await viewAs(office.unitK01, request.id);
    expect(later.levelTimes.map((l) => [l.level, l.workingDays, l.current])).toEqual([
      [1, 0, false],
      [2, 1, false],
    ]);
  });
});
