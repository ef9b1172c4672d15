// Bulk decisions: each item goes through the single-decision path on its own; a refused item changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkEventResponse, InboxResponse, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function submitted(unit: OfficeUser, title: string): Promise<RequestView> {
  return send(t, actors, unit, await createDraft(t, actors, unit, allotment({ title })), 'SUBMIT');
}

async function bulk(user: OfficeUser, body: unknown, lang: 'th' | 'en' = 'th') {
  return call<BulkEventResponse>(t, 'POST', '/api/requests/bulk-events', { cookie: await actors.cookie(user), body, lang });
}

async function stored(id: string) {
  const row = await t.handle.db
    .selectFrom('requests')
    .select(['status', 'level', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const events = await t.handle.db.selectFrom('request_events').select('type').where('request_id', '=', id).orderBy('seq').execute();
  return { ...row, history: events.map((e) => e.type) };
}

describe('bulk decisions', () => {
  it('applies the good item and reports a stale version and a request outside the scope, changing nothing for them', async () => {
    const good = await submitted(office.unitK01, 'คำขอที่ถูกต้อง');
    const stale = await submitted(office.unitK01, 'คำขอที่เปิดค้างไว้นาน');
    const foreign = await submitted(office.unitD05, 'คำขอของหน่วยงานอื่น');
    const res = await bulk(
      office.analystA,
      {
        type: 'APPROVE',
        comment: 'เห็นควรอนุมัติ',
        items: [
          { id: good.id, version: good.version },
          { id: stale.id, version: stale.version - 1 },
          { id: foreign.id, version: foreign.version },
        ],
      },
      'en',
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results).toEqual([
      { id: good.id, ok: true, status: 'in_review', level: 3, version: good.version + 1 },
      {
        id: stale.id,
        ok: false,
        error: { code: 'version_conflict', message: 'Someone else acted on this request first; please reload it' },
      },
      { id: foreign.id, ok: false, error: { code: 'not_found', message: 'Not found' } },
    ]);
    expect(await stored(good.id)).toEqual({ status: 'in_review', level: 3, version: good.version + 1, history: ['SUBMIT', 'APPROVE'] });
    expect(await stored(stale.id)).toEqual({ status: 'in_review', level: 2, version: stale.version, history: ['SUBMIT'] });
    expect(await stored(foreign.id)).toEqual({ status: 'in_review', level: 2, version: foreign.version, history: ['SUBMIT'] });
    // The comment is recorded with the applied decision, as a single decision would record it.
    const view = await call<RequestView>(t, 'GET', `/api/requests/${good.id}`, { cookie: await actors.cookie(office.analystA) });
    expect(view.body.history.at(-1)).toMatchObject({ type: 'APPROVE', comment: 'เห็นควรอนุมัติ', actor: { id: office.analystA.id } });
  });

  it('records one history entry per applied decision, and notifies as single decisions do', async () => {
    const requests = [await submitted(office.unitK01, 'คำขอ 1'), await submitted(office.unitK01, 'คำขอ 2')];
    t.clock.advanceMinutes(1);
    const res = await bulk(office.analystA, {
      type: 'RETURN',
      comment: 'ขาดใบเสนอราคา',
      items: requests.map((r) => ({ id: r.id, version: r.version })),
    });
    expect(res.body.results.map((r) => r.ok)).toEqual([true, true]);
    for (const r of requests) expect((await stored(r.id)).history).toEqual(['SUBMIT', 'RETURN']);
    const returned = await t.handle.db
      .selectFrom('notifications')
      .select('request_id')
      .where('kind', '=', 'returned')
      .where('user_id', '=', office.unitK01.id)
      .execute();
    expect(returned.map((n) => n.request_id).sort()).toEqual(requests.map((r) => r.id).sort());
  });

  it('refuses each item with the reason a single decision would give, in the caller’s language', async () => {
    const request = await submitted(office.unitK01, 'คำขอที่ต้องมีเหตุผล');
    const res = await bulk(office.analystA, { type: 'REJECT', items: [{ id: request.id, version: request.version }] });
    expect(res.body.results).toEqual([
      { id: request.id, ok: false, error: { code: 'comment_required', message: 'กรุณาระบุเหตุผลหรือความเห็น' } },
    ]);
    const atWrongLevel = await bulk(office.headSection1, { type: 'APPROVE', items: [{ id: request.id, version: request.version }] });
    expect(atWrongLevel.body.results[0]).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stored(request.id)).toMatchObject({ status: 'in_review', level: 2, history: ['SUBMIT'] });
  });

  it('is for reviewers: a budget unit and an administrator get 403', async () => {
    const request = await submitted(office.unitK01, 'คำขอ');
    for (const user of [office.unitK01, office.admin]) {
      const res = await bulk(user, { type: 'APPROVE', items: [{ id: request.id, version: request.version }] });
      expect(res.status, user.username).toBe(403);
    }
  });

  it('refuses a malformed envelope with 400 and applies nothing', async () => {
    const request = await submitted(office.unitK01, 'คำขอ');
    const item = { id: request.id, version: request.version };
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, version: 1 }));
    const bodies = [
      { type: 'APPROVE', items: [] },
      { type: 'APPROVE', items: tooMany },
      { type: 'APPROVE', items: [item, item] },
      { type: 'WITHDRAW', items: [item] },
      { type: 'SEND_BACK', comment: 'x', items: [item] },
      { type: 'APPROVE', items: [{ id: 'not-a-uuid', version: 1 }] },
      { type: 'APPROVE', items: [item], extra: true },
    ];
    for (const body of bodies) {
      const res = await bulk(office.analystA, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const duplicate = await bulk(office.analystA, bodies[2], 'en');
    expect(JSON.stringify(duplicate.body)).toContain('The same request is listed twice');
    expect((await stored(request.id)).history).toEqual(['SUBMIT']);
  });

  it('says which inbox rows it takes: a request in review, never one waiting for the Council, which it refuses', async () => {
    const council = await approveToTop(
      t,
      actors,
      office,
      await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT'),
    );
    expect(council.status).toBe('awaiting_council');
    // Brought up to level 8 to sit beside the Council wait on the same desk.
    let inReview = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT');
    while (inReview.level < 8) inReview = await send(t, actors, k01ReviewerAt(office, inReview.level), inReview, 'APPROVE');
    const inbox = await call<InboxResponse>(t, 'GET', '/api/inbox?limit=100', { cookie: await actors.cookie(office.level8) });
    const flags = Object.fromEntries(inbox.body.items.map((i) => [i.id, i.position.bulkDecidable]));
    expect(flags).toEqual({ [council.id]: false, [inReview.id]: true });
    expect(council.position.bulkDecidable).toBe(false);

    // What the flag says is what the bulk call does: the Council wait is refused, as a single approval would be.
    const res = await bulk(office.level8, { type: 'APPROVE', items: [{ id: council.id, version: council.version }] });
    expect(res.body.results).toEqual([{ id: council.id, ok: false, error: { code: 'forbidden', message: 'คุณไม่มีสิทธิ์ดำเนินการนี้' } }]);
    expect(await stored(council.id)).toMatchObject({ status: 'awaiting_council', version: council.version });
  });
});
