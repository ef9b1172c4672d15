// Lists and inboxes show each person exactly their scope, filter as asked, and page without gaps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxResponse, RequestListResponse, RequestSummary, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer, smallAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function list(username: keyof Office, query = ''): Promise<RequestListResponse> {
  const res = await call<RequestListResponse>(t, 'GET', `/api/requests${query}`, { cookie: await actors.cookie(office[username]) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function inbox(username: keyof Office): Promise<RequestSummary[]> {
  const res = await call<{ items: RequestSummary[] }>(t, 'GET', '/api/inbox', { cookie: await actors.cookie(office[username]) });
  expect(res.status).toBe(200);
  return res.body.items;
}

async function submitted(unit: Office['unitK01'], title: string): Promise<RequestView> {
  t.clock.advanceMinutes(10);
  return send(t, actors, unit, await createDraft(t, actors, unit, allotment({ title })), 'SUBMIT');
}

describe('scoped lists', () => {
  it('shows an analyst only the requests of their portfolio, and a level-6 director all', async () => {
    await submitted(office.unitK01, 'คำขอของเขต K01');
    await submitted(office.unitD05, 'คำขอของสำนัก D05');
    expect((await list('analystA')).items.map((r) => r.unitCode)).toEqual(['K01']);
    expect((await list('analystB')).items.map((r) => r.unitCode)).toEqual(['D05']);
    expect((await list('unitD05')).items.map((r) => r.unitCode)).toEqual(['D05']);
    expect((await list('level6')).items.map((r) => r.unitCode).sort()).toEqual(['D05', 'K01']);
    expect((await list('analystA', '?unit=D05')).items).toEqual([]);
  });

  it('filters by type, status, level, unit, fiscal year and text', async () => {
    const a = await submitted(office.unitK01, 'ค่าจ้างเหมาทำความสะอาด');
    await send(t, actors, office.analystA, a, 'APPROVE');
    await createDraft(t, actors, office.unitK01, { ...councilTransfer(), fiscalYear: 2570 });
    const titles = async (q: string) => (await list('level8', q)).items.map((r) => r.title);
    expect(await titles('?type=transfer')).toEqual([councilTransfer().title]);
    expect(await titles('?status=in_review&level=3')).toEqual(['ค่าจ้างเหมาทำความสะอาด']);
    expect(await titles('?fiscalYear=2570')).toEqual([councilTransfer().title]);
    expect(await titles('?q=' + encodeURIComponent('ทำความสะอาด'))).toEqual(['ค่าจ้างเหมาทำความสะอาด']);
    expect(await titles('?q=' + a.trackingNo.toLowerCase())).toEqual(['ค่าจ้างเหมาทำความสะอาด']);
    expect(await titles('?q=' + encodeURIComponent('100%'))).toEqual([]);
  });

  it('finds text in a title whatever its ASCII case, and takes "%" and "_" literally, on either database', async () => {
    await submitted(office.unitK01, 'ค่าเช่า Server 50% ของปี');
    await submitted(office.unitK01, 'ค่าเช่า Server 500 เครื่อง');
    await submitted(office.unitK01, 'ค่า a_b');
    const titles = async (q: string) => (await list('level8', `?q=${encodeURIComponent(q)}`)).items.map((r) => r.title).sort();
    expect(await titles('server')).toEqual(['ค่าเช่า Server 50% ของปี', 'ค่าเช่า Server 500 เครื่อง']);
    expect(await titles('SERVER 50%')).toEqual(['ค่าเช่า Server 50% ของปี']);
    expect(await titles('a_b')).toEqual(['ค่า a_b']);
    expect(await titles('a%b')).toEqual([]);
    expect(await titles('aXb')).toEqual([]);
  });

  it('pages newest first with a cursor, every request once', async () => {
    for (let i = 1; i <= 5; i++) await submitted(office.unitK01, `คำขอที่ ${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: RequestListResponse = await list('analystA', `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((r) => r.title));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['คำขอที่ 5', 'คำขอที่ 4', 'คำขอที่ 3', 'คำขอที่ 2', 'คำขอที่ 1']);
  });

  it('refuses bad filters with 400: unknown status, page size over 100, a forged cursor, unknown parameters', async () => {
    const cookie = await actors.cookie(office.level8);
    for (const q of ['?status=lost', '?limit=1000', '?cursor=garbage', '?level=9', '?sort=title']) {
      const res = await call(t, 'GET', `/api/requests${q}`, { cookie });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('inboxes', () => {
  it('holds what waits at the caller’s level in their scope, oldest first', async () => {
    const first = await submitted(office.unitK01, 'คำขอแรก');
    await submitted(office.unitK01, 'คำขอที่สอง');
    await submitted(office.unitD05, 'คำขอของ D05');
    expect((await inbox('analystA')).map((r) => r.title)).toEqual(['คำขอแรก', 'คำขอที่สอง']);
    expect((await inbox('analystB')).map((r) => r.title)).toEqual(['คำขอของ D05']);
    expect(await inbox('headSection1')).toEqual([]);
    await send(t, actors, office.analystA, first, 'APPROVE');
    expect((await inbox('headSection1')).map((r) => r.title)).toEqual(['คำขอแรก']);
    expect((await inbox('analystA')).map((r) => r.title)).toEqual(['คำขอที่สอง']);
  });

  it('gives a unit its drafts and returned requests', async () => {
    await createDraft(t, actors, office.unitK01, allotment({ title: 'ร่างคำขอ' }));
    const returned = await submitted(office.unitK01, 'คำขอที่ถูกส่งคืน');
    await send(t, actors, office.analystA, returned, 'RETURN', 'ขาดเอกสาร');
    await submitted(office.unitK01, 'คำขอที่อยู่ระหว่างพิจารณา');
    expect((await inbox('unitK01')).map((r) => [r.title, r.status])).toEqual([
      ['ร่างคำขอ', 'draft'],
      ['คำขอที่ถูกส่งคืน', 'returned'],
    ]);
  });

  it('puts council decisions in the level-8 inbox', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT');
    for (const user of [
      office.analystA,
      office.headSection1,
      office.directorDivision1,
      office.level5,
      office.level6,
      office.level7,
      office.level8,
    ]) {
      request = await send(t, actors, user, request, 'APPROVE');
    }
    expect((await inbox('level8')).map((r) => r.status)).toEqual(['awaiting_council']);
  });

  it('pages the longest waiting first with a cursor, every request once, and counts all of them on every page', async () => {
    const titles = ['หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า'];
    for (const title of titles) await submitted(office.unitK01, title);
    const cookie = await actors.cookie(office.analystA);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: InboxResponse } = await call<InboxResponse>(
        t,
        'GET',
        `/api/inbox?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { cookie },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      expect(res.body.waiting).toEqual({ count: 5, exact: true });
      seen.push(...res.body.items.map((r) => r.title));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(titles);
    for (const bad of ['?limit=101', '?limit=0', '?cursor=bm90LWEtY3Vyc29y', '?page=2']) {
      expect((await call(t, 'GET', `/api/inbox${bad}`, { cookie })).status, bad).toBe(400);
    }
  });

  it('counts an appointee’s own requests and the holder’s at the same level once each, and pages them together', async () => {
    await submitted(office.unitK01, 'ของ A');
    await submitted(office.unitD05, 'ของ B');
    // Only a colleague of the same section may act for analyst A: analyst B moves to section 1, keeping D05.
    await t.handle.db.updateTable('users').set({ section_id: 'sec1' }).where('id', '=', office.analystB.id).execute();
    const now = t.clock.now().getTime();
    const made = await call(t, 'POST', '/api/appointments', {
      cookie: await actors.cookie(office.admin),
      body: {
        actingUserId: office.analystB.id,
        forUserId: office.analystA.id,
        startsAt: new Date(now - 3_600_000).toISOString(),
        endsAt: new Date(now + 8 * 3_600_000).toISOString(),
        reason: 'ลาพักผ่อน',
        ...TEST_ORDER,
      },
    });
    expect(made.status).toBe(201);
    const res = await call<InboxResponse>(t, 'GET', '/api/inbox?limit=1', { cookie: await actors.cookie(office.analystB) });
    expect(res.body.waiting).toEqual({ count: 2, exact: true });
    expect(res.body.items.map((r) => r.title)).toEqual(['ของ A']);
    const next = await call<InboxResponse>(t, 'GET', `/api/inbox?limit=1&cursor=${res.body.nextCursor}`, {
      cookie: await actors.cookie(office.analystB),
    });
    expect(next.body.items.map((r) => r.title)).toEqual(['ของ B']);
    expect(next.body.nextCursor).toBeNull();
  });

  it('stops counting past 1,000 and says so, and still pages from the longest waiting', async () => {
    const first = await submitted(office.unitK01, 'ต้นแบบ');
    const row = await t.handle.db.selectFrom('requests').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    const copies = Array.from({ length: 1000 }, (_, i) => ({
      ...row,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      tracking_no: `${row.tracking_no}-${i}`,
      level_entered_at: new Date(Date.parse(row.level_entered_at) + (i + 1) * 1000).toISOString(),
    }));
    for (let i = 0; i < copies.length; i += 100)
      await t.handle.db
        .insertInto('requests')
        .values(copies.slice(i, i + 100))
        .execute();
    const res = await call<InboxResponse>(t, 'GET', '/api/inbox', { cookie: await actors.cookie(office.analystA) });
    expect(res.body.waiting).toEqual({ count: 1000, exact: false });
    expect(res.body.items).toHaveLength(50);
    expect(res.body.items[0]?.id).toBe(first.id);
    expect(res.body.nextCursor).not.toBeNull();
  });

  it('counts working days waited at the current level, skipping the weekend', async () => {
    // Submitted Friday 6 March 2026 at 17:00 Bangkok time.
    t.clock.set('2026-03-06T10:00:00.000Z');
    await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    t.clock.set('2026-03-09T02:00:00.000Z'); // Monday 09:00
    actors = new Actors(t); // the weekend outlasted the sessions
    expect((await inbox('analystA'))[0]?.workingDaysAtLevel).toBe(1);
    t.clock.set('2026-03-11T02:00:00.000Z'); // Wednesday
    actors = new Actors(t);
    expect((await inbox('analystA'))[0]?.workingDaysAtLevel).toBe(3);
  });
});
