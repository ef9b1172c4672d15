// A returned and resubmitted request shows what the unit changed: each submission's content is kept with its event.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestContentInput, RequestView } from '@bmrts/shared';
import { DEFAULT_NOW, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { councilTransfer, smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  // Sessions outlast the days the clock jumps.
  t = await makeTestApp(DEFAULT_NOW, { sessionIdleMinutes: 365 * 24 * 60 });
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function edit(request: RequestView, content: RequestContentInput): Promise<RequestView> {
  const res = await call<RequestView>(t, 'PUT', `/api/requests/${request.id}`, {
    cookie: await actors.cookie(office.unitK01),
    body: { version: request.version, content },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Submitted, returned by the analyst at `returnedAt`, edited into `revised` and resubmitted at `resubmittedAt`. */
async function returnedAndResubmitted(original: RequestContentInput, revised: RequestContentInput): Promise<RequestView> {
  let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, original), 'SUBMIT');
  t.clock.set('2026-03-04T03:00:00.000Z');
  request = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาทบทวนวงเงิน');
  t.clock.set('2026-03-05T03:00:00.000Z');
  request = await edit(request, revised);
  return send(t, actors, office.unitK01, request, 'RESUBMIT', 'ปรับวงเงินแล้ว');
}

describe('what changed since it was returned', () => {
  it('is null until the request is resubmitted', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(draft.changesSinceReturned).toBeNull();
    let request = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    expect(request.changesSinceReturned).toBeNull();
    request = await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาทบทวนวงเงิน');
    expect(request.changesSinceReturned).toBeNull();
  });

  it('keeps the content of every SUBMIT and RESUBMIT with the event’s seq', async () => {
    const request = await returnedAndResubmitted(smallAllotment(), { ...smallAllotment(), amountSatang: 150_000_000 });
    const revisions = await t.handle.db
      .selectFrom('request_revisions')
      .selectAll()
      .where('request_id', '=', request.id)
      .orderBy('event_seq')
      .execute();
    expect(revisions.map((r) => [r.event_seq, JSON.parse(r.content).amountSatang, r.at])).toEqual([
      [1, 200_000_000, '2026-03-02T03:00:00.000Z'],
      [3, 150_000_000, '2026-03-05T03:00:00.000Z'],
    ]);
    expect(request.history.map((h) => [h.seq, h.type])).toEqual([
      [1, 'SUBMIT'],
      [2, 'RETURN'],
      [3, 'RESUBMIT'],
    ]);
  });

  it('shows the revised title and amount to the reviewer', async () => {
    const request = await returnedAndResubmitted(smallAllotment(), {
      ...smallAllotment(),
      title: 'ขออนุมัติเงินประจำงวด (ปรับวงเงิน)',
      amountSatang: 150_000_000,
    });
    const seen = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(office.analystA) });
    expect(seen.body.changesSinceReturned).toEqual({
      returnedAt: '2026-03-04T03:00:00.000Z',
      resubmittedAt: '2026-03-05T03:00:00.000Z',
      changes: [
        { field: 'title', before: 'ขออนุมัติเงินประจำงวด ไตรมาส 2 ค่าจ้างเหมาทำความสะอาด', after: 'ขออนุมัติเงินประจำงวด (ปรับวงเงิน)' },
        { field: 'amountSatang', before: 200_000_000, after: 150_000_000 },
      ],
    });
  });

  it('shows transfer lines changed in place and lines added', async () => {
    const original = councilTransfer();
    if (original.type !== 'transfer') throw new Error('a transfer is needed');
    const revised: RequestContentInput = {
      ...original,
      amountSatang: 350_000_000,
      details: {
        ...original.details,
        lines: [
          { fromItem: 'ค่าวัสดุ', toItem: 'ค่าก่อสร้างทางเดินริมคลอง', amountSatang: 300_000_000 },
          { fromItem: 'ค่าใช้สอย', toItem: 'ค่าไฟฟ้าส่องสว่าง', amountSatang: 50_000_000 },
        ],
      },
    };
    const request = await returnedAndResubmitted(original, revised);
    expect(request.changesSinceReturned?.changes).toEqual([
      { field: 'amountSatang', before: 300_000_000, after: 350_000_000 },
      { field: 'details.lines[0].toItem', before: 'ค่าก่อสร้างทางเดิน', after: 'ค่าก่อสร้างทางเดินริมคลอง' },
      {
        field: 'details.lines',
        before: null,
        after: { fromItem: 'ค่าใช้สอย', toItem: 'ค่าไฟฟ้าส่องสว่าง', amountSatang: 50_000_000, fromLineId: null, toLineId: null },
      },
    ]);
  });

  it('is empty when the unit resubmitted without changing anything', async () => {
    const request = await returnedAndResubmitted(smallAllotment(), smallAllotment());
    expect(request.changesSinceReturned).toMatchObject({ changes: [] });
  });

  it('is null, not an error, when a history has no revisions (written before they were kept)', async () => {
    const request = await returnedAndResubmitted(smallAllotment(), { ...smallAllotment(), amountSatang: 150_000_000 });
    await t.handle.db.deleteFrom('request_revisions').where('request_id', '=', request.id).where('event_seq', '=', 1).execute();
    const seen = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(office.unitK01) });
    expect(seen.status).toBe(200);
    expect(seen.body.changesSinceReturned).toBeNull();
  });
});
