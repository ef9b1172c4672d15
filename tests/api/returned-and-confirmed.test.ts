// Why a request came back and where it went: the request view's return block and holders, the notices that carry the
// returner's name and reason, and the inbox's next item after a decision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxNextResponse, NotificationListResponse, RequestEventType, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment } from '../support/requests';
import { runOutboxOnce } from '@bmrts/server';
import { startSmtpInbox } from '../support/smtp-inbox';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function step(user: OfficeUser, request: RequestView, type: RequestEventType, comment?: string): Promise<RequestView> {
  t.clock.advanceMinutes(1);
  return send(t, actors, user, request, type, comment);
}

async function submitted(title = 'ขอเงินประจำงวดค่าวัสดุสำนักงาน'): Promise<RequestView> {
  return step(office.unitK01, await createDraft(t, actors, office.unitK01, allotment({ title })), 'SUBMIT');
}

async function viewAs(user: OfficeUser, id: string): Promise<RequestView> {
  const res = await call<RequestView>(t, 'GET', `/api/requests/${id}`, { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function notificationsOf(user: OfficeUser): Promise<NotificationListResponse['items']> {
  const res = await call<NotificationListResponse>(t, 'GET', '/api/notifications', { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

const REASON = 'กรุณาแนบประมาณการค่าใช้จ่ายรายเดือน และระบุเหตุผลความจำเป็นที่ต้องขอเพิ่ม';

describe('the return block of the request view', () => {
  it('opens a returned request with who returned it, at which level, when and why', async () => {
    const returned = await step(office.analystA, await submitted(), 'RETURN', REASON);
    const view = await viewAs(office.unitK01, returned.id);
    expect(view.lastReturn).toEqual({
      type: 'RETURN',
      by: { id: office.analystA.id, displayName: 'คุณ analyst-a' },
      onBehalfOf: null,
      level: 2,
      toLevel: 1,
      comment: REASON,
      at: t.clock.now().toISOString(),
    });
  });

  it('names who sent a request back to a lower level, and forgets the return once the request moves on', async () => {
    const atSection = await step(office.analystA, await submitted(), 'APPROVE');
    const sentBack = await step(office.headSection1, atSection, 'SEND_BACK', 'ตรวจสอบวงเงินคงเหลืออีกครั้ง');
    expect((await viewAs(office.analystA, sentBack.id)).lastReturn).toMatchObject({
      type: 'SEND_BACK',
      by: { displayName: 'คุณ head-1' },
      level: 3,
      toLevel: 2,
      comment: 'ตรวจสอบวงเงินคงเหลืออีกครั้ง',
    });
    const again = await step(office.analystA, sentBack, 'APPROVE');
    expect(again.lastReturn).toBeNull();
  });

  it('has no return block for a request never returned, nor after its resubmission', async () => {
    const request = await submitted();
    expect(request.lastReturn).toBeNull();
    const returned = await step(office.analystA, request, 'RETURN', REASON);
    const resubmitted = await step(office.unitK01, returned, 'RESUBMIT');
    expect(resubmitted.lastReturn).toBeNull();
  });
});

describe('who holds the request now', () => {
  it('names the analyst holding the unit once it is submitted, and the unit’s staff once it is returned', async () => {
    const request = await submitted();
    expect(request.heldBy.map((h) => h.displayName)).toEqual(['คุณ analyst-a']);
    const returned = await step(office.analystA, request, 'RETURN', REASON);
    expect(returned.heldBy.map((h) => h.displayName).sort()).toEqual(['คุณ k01', 'คุณ k01b']);
  });

  it('names nobody once the request is closed', async () => {
    const withdrawn = await step(office.unitK01, await submitted(), 'WITHDRAW');
    expect(withdrawn.heldBy).toEqual([]);
  });
});

describe('notices that say who returned it and why', () => {
  it('tells the unit’s staff in the bell who returned their request and why', async () => {
    await step(office.analystA, await submitted(), 'RETURN', REASON);
    const [newest] = await notificationsOf(office.unitK01b);
    expect(newest).toMatchObject({ kind: 'returned', by: { displayName: 'คุณ analyst-a', onBehalfOf: null }, reason: REASON });
  });

  it('shortens a long reason for the bell, on one line, ending in an ellipsis', async () => {
    const long = `${'ขอให้ตรวจสอบรายละเอียดประกอบคำขอ '.repeat(12)}\nและส่งเอกสารเพิ่มเติม`;
    await step(office.analystA, await submitted(), 'RETURN', long);
    const [newest] = await notificationsOf(office.unitK01b);
    const reason = newest?.reason ?? '';
    expect([...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(reason)].length).toBeLessThanOrEqual(120);
    expect(reason).toMatch(/…$/);
    expect(reason).not.toContain('\n');
    expect(long.startsWith(reason.slice(0, -1).trimEnd())).toBe(true);
  });

  it('tells the analyst a request was sent back to them, by whom and why', async () => {
    const atSection = await step(office.analystA, await submitted(), 'APPROVE');
    await step(office.headSection1, atSection, 'SEND_BACK', 'ตรวจสอบวงเงินคงเหลืออีกครั้ง');
    const [newest] = await notificationsOf(office.analystA);
    expect(newest).toMatchObject({
      kind: 'arrived',
      eventType: 'SEND_BACK',
      by: { displayName: 'คุณ head-1' },
      reason: 'ตรวจสอบวงเงินคงเหลืออีกครั้ง',
    });
  });
});

describe('the email that a request was returned', () => {
  it('names who returned it, at which level, and why', async () => {
    const smtp = await startSmtpInbox();
    try {
      await t.close();
      const email = { smtp: smtp.url, from: 'BMRTS <bmrts@example.go.th>', publicUrl: 'https://bmrts.example.go.th' };
      t = await makeTestApp(undefined, { email });
      office = await buildOffice(t.handle.db);
      actors = new Actors(t);
      const res = await call(t, 'PUT', '/api/notification-settings', {
        cookie: await actors.cookie(office.unitK01b),
        body: { email: 'k01b@example.go.th', language: 'th', emailKinds: {} },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      await step(office.analystA, await submitted(), 'RETURN', REASON);
      await runOutboxOnce({ db: t.handle.db, clock: t.clock, config: { email } });
      const returnedMail = smtp.messages.find((m) => m.subject.includes('ถูกส่งคืนเพื่อแก้ไข'));
      expect(returnedMail?.text).toContain('โดย: คุณ analyst-a (ระดับ 2 เจ้าหน้าที่วิเคราะห์งบประมาณ)');
      expect(returnedMail?.text).toContain(`เหตุผล: ${REASON}`);
      expect(returnedMail?.html).toContain(REASON);
    } finally {
      await smtp.close();
    }
  });
});

describe('the next item of the inbox after a decision', () => {
  async function nextAfter(user: OfficeUser, decided: RequestView): Promise<InboxNextResponse['next']> {
    const query = new URLSearchParams({ after: decided.id, enteredAt: decided.levelEnteredAt }).toString();
    const res = await call<InboxNextResponse>(t, 'GET', `/api/inbox/next?${query}`, { cookie: await actors.cookie(user) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.next;
  }

  it('gives the request that waited next after the one just approved, then the first left, then none', async () => {
    const first = await submitted('คำขอที่หนึ่ง');
    const second = await submitted('คำขอที่สอง');
    const third = await submitted('คำขอที่สาม');
    await step(office.analystA, second, 'APPROVE');
    expect(await nextAfter(office.analystA, second)).toEqual({ id: third.id, trackingNo: third.trackingNo });
    await step(office.analystA, third, 'APPROVE');
    // Nothing after the third: back to the first that still waits.
    expect((await nextAfter(office.analystA, third))?.id).toBe(first.id);
    await step(office.analystA, first, 'APPROVE');
    expect(await nextAfter(office.analystA, first)).toBeNull();
  });

  it('refuses a place that is not a request id and a time', async () => {
    const res = await call(t, 'GET', '/api/inbox/next?after=x&enteredAt=yesterday', { cookie: await actors.cookie(office.analystA) });
    expect(res.status).toBe(400);
  });
});
