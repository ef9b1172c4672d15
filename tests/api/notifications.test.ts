// In-app notifications: each workflow event tells the unit's staff and the reviewers who now hold the request, never the actor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotificationListResponse, RequestEventType, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { councilTransfer, multiYearAllotment, smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function notificationsOf(user: OfficeUser, query = ''): Promise<NotificationListResponse> {
  const res = await call<NotificationListResponse>(t, 'GET', `/api/notifications${query}`, { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Each notification as "kind EVENT from→to", newest first. */
async function kinds(user: OfficeUser): Promise<string[]> {
  return (await notificationsOf(user)).items.map((n) => `${n.kind} ${n.eventType} ${n.fromLevel}→${n.toLevel}`);
}

/** One workflow event a minute after the last, so notifications have a clear newest-first order. */
async function step(user: OfficeUser, request: RequestView, type: RequestEventType, comment?: string): Promise<RequestView> {
  t.clock.advanceMinutes(1);
  return send(t, actors, user, request, type, comment);
}

async function submitted(): Promise<RequestView> {
  return step(office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

async function markRead(user: OfficeUser, body: unknown) {
  return call(t, 'POST', '/api/notifications/read', { cookie: await actors.cookie(user), body });
}

/** A reviewer added straight to the database; they never sign in, so their notifications are read from the table. */
async function addUser(username: string, level: number): Promise<void> {
  const at = t.clock.now().toISOString();
  await t.handle.db
    .insertInto('users')
    .values({
      id: `u-${username}`,
      username,
      password_hash: 'not-a-hash',
      display_name: username,
      level,
      unit_code: null,
      section_id: null,
      division_id: null,
      is_admin: 0,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function storedKinds(userId: string): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('notifications')
    .select(['kind', 'to_status'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => `${r.kind} ${r.to_status}`);
}

describe('who is notified of a workflow event', () => {
  it('tells the analyst holding the unit of a submission, and not the other reviewers', async () => {
    const request = await submitted();
    const analystA = await notificationsOf(office.analystA);
    expect(analystA.items).toHaveLength(1);
    expect(analystA.items[0]).toMatchObject({
      kind: 'arrived',
      eventType: 'SUBMIT',
      fromLevel: 1,
      toLevel: 2,
      toStatus: 'in_review',
      readAt: null,
      request: { id: request.id, trackingNo: request.trackingNo, title: request.title },
    });
    expect(analystA.unreadCount).toBe(1);
    for (const other of [office.analystB, office.headSection1, office.directorDivision1, office.level5, office.unitD05, office.admin]) {
      expect(await kinds(other), other.username).toEqual([]);
    }
    // The unit's other staff hear that it moved on; the submitter did it and hears nothing.
    expect(await kinds(office.unitK01b)).toEqual(['moved SUBMIT 1→2']);
    expect(await kinds(office.unitK01)).toEqual([]);
  });

  it('tells the unit an approval moved it up, and the next level that it arrived', async () => {
    await step(office.analystA, await submitted(), 'APPROVE');
    expect(await kinds(office.unitK01)).toEqual(['moved APPROVE 2→3']);
    expect(await kinds(office.unitK01b)).toEqual(['moved APPROVE 2→3', 'moved SUBMIT 1→2']);
    expect(await kinds(office.headSection1)).toEqual(['arrived APPROVE 2→3']);
    expect(await kinds(office.headSection2)).toEqual([]);
    expect(await kinds(office.analystA)).toEqual(['arrived SUBMIT 1→2']);
  });

  it('tells the unit of a return, and the lower level of a send-back', async () => {
    const atLevel3 = await step(office.analystA, await submitted(), 'APPROVE');
    await step(office.headSection1, atLevel3, 'SEND_BACK', 'ตรวจสอบราคากลางอีกครั้ง');
    expect((await kinds(office.analystA))[0]).toBe('arrived SEND_BACK 3→2');
    expect((await kinds(office.unitK01))[0]).toBe('moved SEND_BACK 3→2');

    const request = await submitted();
    await step(office.analystA, request, 'RETURN', 'ขาดใบเสนอราคา');
    const unit = await notificationsOf(office.unitK01);
    expect(unit.items[0]).toMatchObject({
      kind: 'returned',
      eventType: 'RETURN',
      fromLevel: 2,
      toLevel: 1,
      toStatus: 'returned',
      request: { id: request.id },
    });
  });

  it('tells the unit of the final approval, and nobody that it arrived', async () => {
    let request = await submitted();
    request = await step(office.analystA, request, 'APPROVE');
    request = await step(office.headSection1, request, 'APPROVE');
    request = await step(office.directorDivision1, request, 'APPROVE');
    expect(request.status).toBe('approved');
    expect((await notificationsOf(office.unitK01)).items[0]).toMatchObject({ kind: 'decided', eventType: 'APPROVE', toStatus: 'approved' });
    expect((await kinds(office.unitK01b))[0]).toBe('decided APPROVE 4→4');
    expect(await kinds(office.level5)).toEqual([]);
    expect(await kinds(office.directorDivision1)).toEqual(['arrived APPROVE 3→4']);
  });

  it('tells the reviewer holding the request when its unit withdraws it, and nobody else', async () => {
    const atLevel3 = await step(office.analystA, await submitted(), 'APPROVE');
    await step(office.unitK01, atLevel3, 'WITHDRAW', 'โครงการถูกยกเลิก');
    expect((await notificationsOf(office.headSection1)).items[0]).toMatchObject({
      kind: 'withdrawn',
      eventType: 'WITHDRAW',
      fromLevel: 3,
      toStatus: 'withdrawn',
      request: { id: atLevel3.id },
    });
    expect(await kinds(office.headSection2)).toEqual([]);
    expect((await kinds(office.analystA))[0]).toBe('arrived SUBMIT 1→2');
    // The unit did it itself: its staff hear nothing of it.
    expect((await kinds(office.unitK01b))[0]).toBe('moved APPROVE 2→3');

    // A draft never reached a reviewer: its withdrawal tells nobody.
    const before = await t.handle.db.selectFrom('notifications').select('id').execute();
    await step(office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'WITHDRAW');
    expect(await t.handle.db.selectFrom('notifications').select('id').execute()).toHaveLength(before.length);
  });

  it('tells the unit a rejection was decided', async () => {
    await step(office.analystA, await submitted(), 'REJECT', 'ไม่เป็นไปตามแผน');
    expect((await kinds(office.unitK01))[0]).toBe('decided REJECT 2→2');
  });

  it('tells the unit when the request awaits the Council, and the other level-8 holders that it arrived', async () => {
    await addUser('level8b', 8);
    let request = await step(office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT');
    for (const user of [
      office.analystA,
      office.headSection1,
      office.directorDivision1,
      office.level5,
      office.level6,
      office.level7,
      office.level8,
    ]) {
      request = await step(user, request, 'APPROVE');
    }
    expect(request.status).toBe('awaiting_council');
    expect((await kinds(office.unitK01))[0]).toBe('decided APPROVE 8→8');
    expect(await storedKinds('u-level8b')).toEqual(['arrived in_review', 'arrived awaiting_council']);
    // The deputy governor who approved knows it awaits the Council: only its arrival at level 8 was news to them.
    expect(await kinds(office.level8)).toEqual(['arrived APPROVE 7→8']);
  });

  it('tells an executive of its arrival only when the unit is among their assigned agencies, or none are assigned', async () => {
    await addUser('level5-d05', 5);
    await addUser('level5-k01', 5);
    await t.handle.db
      .insertInto('executive_scopes')
      .values([
        { user_id: 'u-level5-d05', unit_code: 'D05' },
        { user_id: 'u-level5-k01', unit_code: 'K01' },
      ])
      .execute();
    let request = await step(office.unitK01, await createDraft(t, actors, office.unitK01, multiYearAllotment()), 'SUBMIT');
    for (const user of [office.analystA, office.headSection1, office.directorDivision1]) request = await step(user, request, 'APPROVE');
    expect(request.level).toBe(5);
    expect(await storedKinds('u-level5-d05')).toEqual([]);
    expect(await storedKinds('u-level5-k01')).toEqual(['arrived in_review']);
    expect(await kinds(office.level5)).toEqual(['arrived APPROVE 4→5']);
  });

  it('never notifies the person who acted', async () => {
    let request = await submitted();
    for (const user of [office.analystA, office.headSection1, office.directorDivision1]) request = await step(user, request, 'APPROVE');
    const rows = await t.handle.db
      .selectFrom('notifications')
      .innerJoin('request_events', (j) =>
        j.onRef('request_events.request_id', '=', 'notifications.request_id').onRef('request_events.at', '=', 'notifications.created_at'),
      )
      .select(['notifications.user_id', 'request_events.actor_id'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.user_id).not.toBe(row.actor_id);
  });
});

describe('reading notifications', () => {
  it('marks the given ones read, then all, and counts what is unread', async () => {
    let request = await submitted();
    request = await step(office.analystA, request, 'APPROVE');
    await step(office.headSection1, request, 'APPROVE');
    const before = await notificationsOf(office.unitK01b);
    expect(before.unreadCount).toBe(3);
    const newest = before.items[0];
    expect(newest).toBeDefined();
    t.clock.advanceMinutes(5);
    expect((await markRead(office.unitK01b, { ids: [newest?.id] })).status).toBe(204);
    const after = await notificationsOf(office.unitK01b);
    expect(after.unreadCount).toBe(2);
    expect(after.items[0]?.readAt).toBe(t.clock.now().toISOString());
    expect(after.items.slice(1).every((n) => n.readAt === null)).toBe(true);

    expect((await markRead(office.unitK01b, { all: true })).status).toBe(204);
    expect((await notificationsOf(office.unitK01b)).unreadCount).toBe(0);
  });

  it('ignores the ids of another user’s notifications', async () => {
    await submitted();
    const analystsOwn = await notificationsOf(office.analystA);
    const id = analystsOwn.items[0]?.id;
    expect(id).toBeDefined();
    expect((await markRead(office.unitK01b, { ids: [id] })).status).toBe(204);
    expect((await markRead(office.analystB, { all: true })).status).toBe(204);
    const after = await notificationsOf(office.analystA);
    expect(after.unreadCount).toBe(1);
    expect(after.items[0]?.readAt).toBeNull();
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.advanceMinutes(1);
      await submitted();
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: NotificationListResponse = await notificationsOf(office.analystA, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((n) => n.createdAt));
      expect(page.unreadCount).toBe(5);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('refuses a marking that names nothing, too many ids, or unknown fields with 400', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `id-${i}`);
    for (const body of [{}, { ids: [] }, { ids: many }, { all: false }, { all: true, extra: 1 }]) {
      const res = await markRead(office.unitK01, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});
