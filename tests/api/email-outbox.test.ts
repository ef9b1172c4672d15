// Email notifications: written to the outbox with the decision, sent later by the worker to a real SMTP server started here.
import { afterEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, type NotificationKind, type RequestView } from '@bmrts/shared';
import { runOutboxOnce, type EmailSettings } from '@bmrts/server';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment } from '../support/requests';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';

const PUBLIC_URL = 'https://bmrts.example.go.th';

let t: TestApp;
let office: Office;
let actors: Actors;
let inbox: SmtpInbox | null = null;
let email: EmailSettings | undefined;

afterEach(async () => {
  await inbox?.close();
  inbox = null;
  email = undefined;
  await t.close();
});

function emailSettings(smtpUrl: string): EmailSettings {
  return { smtp: smtpUrl, from: 'BMRTS <bmrts@example.go.th>', publicUrl: PUBLIC_URL };
}

async function setUp(smtpUrl: string): Promise<void> {
  email = emailSettings(smtpUrl);
  t = await makeTestApp(undefined, { email });
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
}

const allOn = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, true])) as Record<NotificationKind, boolean>;

async function setEmail(user: OfficeUser, email: string | null, language: 'th' | 'en' = 'th', off: NotificationKind[] = []) {
  const res = await call(t, 'PUT', '/api/notification-settings', {
    cookie: await actors.cookie(user),
    body: { email, language, emailKinds: { ...allOn, ...Object.fromEntries(off.map((k) => [k, false])) } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The outbox worker's pass, as the server runs it every OUTBOX_INTERVAL_SECONDS. */
const runOutbox = (db = t.handle.db) => runOutboxOnce({ db, clock: t.clock, config: { email } });

async function submitted(title = 'ขอเงินประจำงวดไตรมาส 2 ค่าวัสดุสำนักงาน'): Promise<RequestView> {
  const draft = await createDraft(t, actors, office.unitK01, allotment({ title, amountSatang: 123_456_750 }));
  return send(t, actors, office.unitK01, draft, 'SUBMIT');
}

describe('email notifications', () => {
  it('sends the analyst a Thai email when a request arrives, and the unit’s other staff one that it moved', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    await setEmail(office.analystA, 'analyst.a@example.go.th');
    await setEmail(office.unitK01b, 'k01.staff@example.go.th');
    await setEmail(office.unitK01, 'k01.submitter@example.go.th');
    const request = await submitted();

    // Nothing leaves during the decision: the messages wait in the outbox for the worker.
    expect(inbox.messages).toHaveLength(0);
    expect(await runOutbox()).toMatchObject({ sent: 2, retrying: 0, failed: 0 });

    const byRecipient = new Map(inbox.messages.map((m) => [m.recipients.join(','), m]));
    expect([...byRecipient.keys()].sort()).toEqual(['analyst.a@example.go.th', 'k01.staff@example.go.th']);
    const toAnalyst = byRecipient.get('analyst.a@example.go.th');
    expect(toAnalyst?.subject).toBe(`[BMRTS] ${request.trackingNo} มีคำขอรอการพิจารณาของท่าน`);
    expect(toAnalyst?.from).toContain('bmrts@example.go.th');
    const body = toAnalyst?.text ?? '';
    expect(body).toContain('ขอเงินประจำงวดไตรมาส 2 ค่าวัสดุสำนักงาน');
    expect(body).toContain('จำนวนเงิน: 1,234,567.50 บาท');
    expect(body).toContain('ระดับ 2 เจ้าหน้าที่วิเคราะห์งบประมาณ');
    expect(body).toContain('2 มี.ค. 2569');
    expect(body).toContain(`${PUBLIC_URL}/requests/${request.id}`);
    expect(toAnalyst?.html).toContain(`href="${PUBLIC_URL}/requests/${request.id}"`);
    // No way to decide from the email: the only request link is the page, which asks for sign-in.
    const links = [...(toAnalyst?.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([`${PUBLIC_URL}/requests/${request.id}`, `${PUBLIC_URL}/settings`]);
    expect(byRecipient.get('k01.staff@example.go.th')?.subject).toBe(`[BMRTS] ${request.trackingNo} คำขอของหน่วยงานส่งต่อไปอีกระดับแล้ว`);

    // A second pass sends nothing again.
    expect(await runOutbox()).toMatchObject({ sent: 0 });
    expect(inbox.messages).toHaveLength(2);
  });

  it('writes in English to a user who prefers English', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    await setEmail(office.unitK01b, 'k01.staff@example.go.th', 'en');
    const request = await submitted();
    await send(t, actors, office.analystA, request, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    await runOutbox();
    expect(inbox.messages.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        `[BMRTS] ${request.trackingNo} Your unit’s request has moved on`,
        `[BMRTS] ${request.trackingNo} Your unit’s request was returned for revision`,
      ]),
    );
    const returned = inbox.messages.find((m) => m.subject.includes('returned'));
    expect(returned?.text).toContain('Amount: 1,234,567.50 baht');
    expect(returned?.text).toContain('Now at: Level 1 Budget unit');
    expect(returned?.text).toContain('2 Mar 2569');
  });

  it('tells the unit’s staff by email that their request was approved at its final level', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    await setEmail(office.unitK01b, 'k01.staff@example.go.th', 'th', ['moved']);
    const approved = await approveToTop(t, actors, office, await submitted());
    expect(approved.status).toBe('approved');
    await runOutbox();
    expect(inbox.messages.map((m) => m.subject)).toEqual([`[BMRTS] ${approved.trackingNo} คำขอของหน่วยงานได้รับอนุมัติแล้ว`]);
    expect(inbox.messages[0]?.text).toContain('ขณะนี้อยู่ที่: ระดับ 4 ผู้อำนวยการกองวิเคราะห์งบประมาณ');
  });

  it('sends nothing to a user who turned that kind off, or who has no address', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    const saved = await setEmail(office.analystA, 'analyst.a@example.go.th', 'th', ['arrived']);
    expect(saved.emailKinds).toMatchObject({ arrived: false, moved: true, decided: true });
    expect(saved.emailEnabled).toBe(true);
    // unitK01b has no address at all.
    await submitted();
    expect(await runOutbox()).toMatchObject({ sent: 0 });
    expect(inbox.messages).toEqual([]);
    expect(await t.handle.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });

  it('does not send a queued email of a kind its recipient turned off before it went out', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    await setEmail(office.analystA, 'analyst.a@example.go.th');
    await submitted();
    expect(await t.handle.db.selectFrom('outbox').select('id').where('channel', '=', 'email').execute()).toHaveLength(1);
    await setEmail(office.analystA, 'analyst.a@example.go.th', 'th', ['arrived']);
    expect(await runOutbox()).toMatchObject({ sent: 0, skipped: 1 });
    expect(inbox.messages).toEqual([]);
  });

  it('decides at once while the SMTP server is down, and delivers the email on a later pass', async () => {
    // A port nobody listens on yet.
    const probe = await startSmtpInbox();
    const port = probe.port;
    await probe.close();
    await setUp(`smtp://127.0.0.1:${port}`);
    await setEmail(office.analystA, 'analyst.a@example.go.th');

    const started = performance.now();
    const request = await submitted();
    expect(request.status).toBe('in_review');
    expect(performance.now() - started).toBeLessThan(2_000);

    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 1 });
    const queued = await t.handle.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ status: 'pending', attempts: 1 });
    expect(queued.last_error).toBeTruthy();

    inbox = await startSmtpInbox(port);
    // Not due yet: the first retry waits 30 seconds.
    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 0 });
    t.clock.advanceMinutes(1);
    expect(await runOutbox()).toMatchObject({ sent: 1 });
    expect(inbox.messages.map((m) => [m.recipients, m.subject])).toEqual([
      [['analyst.a@example.go.th'], `[BMRTS] ${request.trackingNo} มีคำขอรอการพิจารณาของท่าน`],
    ]);
    expect(await t.handle.db.selectFrom('outbox').select(['status', 'attempts']).executeTakeFirstOrThrow()).toEqual({
      status: 'sent',
      attempts: 2,
    });
  });

  it('sends each message once when several servers run the outbox at the same moment', async () => {
    inbox = await startSmtpInbox();
    await setUp(inbox.url);
    await setEmail(office.analystA, 'analyst.a@example.go.th');
    await setEmail(office.unitK01b, 'k01.staff@example.go.th');
    for (let i = 0; i < 20; i++) await submitted(`คำขอที่ ${i + 1}`);

    // Three more servers: each with its own connections to the same database.
    const others = [t.database.open(), t.database.open(), t.database.open()];
    try {
      const results = await Promise.all([runOutbox(), ...others.map((h) => runOutbox(h.db))]);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
    } finally {
      for (const h of others) await h.close();
    }
    expect(inbox.messages).toHaveLength(40);
    const distinct = new Set(inbox.messages.map((m) => `${m.recipients.join()} ${m.text}`));
    expect(distinct.size).toBe(40);
  });

  it('queues no email when SMTP is not configured', async () => {
    t = await makeTestApp();
    office = await buildOffice(t.handle.db);
    actors = new Actors(t);
    const settings = await setEmail(office.analystA, 'analyst.a@example.go.th');
    expect(settings.emailEnabled).toBe(false);
    await submitted();
    expect(await t.handle.db.selectFrom('notifications').select('id').execute()).not.toEqual([]);
    expect(await t.handle.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });
});

describe('email settings', () => {
  it('keeps every kind on by default and refuses an address that is not one', async () => {
    t = await makeTestApp();
    office = await buildOffice(t.handle.db);
    actors = new Actors(t);
    const cookie = await actors.cookie(office.unitK01);
    const initial = await call(t, 'GET', '/api/notification-settings', { cookie });
    expect(initial.body).toEqual({ email: null, language: 'th', emailKinds: allOn, emailEnabled: false });
    const bad = await call(t, 'PUT', '/api/notification-settings', {
      cookie,
      body: { email: 'not an address', language: 'th', emailKinds: allOn },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('ข้อมูลไม่ถูกต้อง');
    expect((await call(t, 'GET', '/api/notification-settings', { cookie })).body.email).toBeNull();
  });

  it('keeps the setting of a kind a save leaves out, so a page opened before an upgrade added one can still save', async () => {
    t = await makeTestApp();
    office = await buildOffice(t.handle.db);
    actors = new Actors(t);
    const cookie = await actors.cookie(office.analystA);
    await setEmail(office.analystA, 'analyst.a@example.go.th', 'th', ['withdrawn', 'moved']);
    const { withdrawn: _left, ...olderKinds } = { ...allOn, moved: false, arrived: false };
    const saved = await call(t, 'PUT', '/api/notification-settings', {
      cookie,
      body: { email: 'analyst.a@example.go.th', language: 'en', emailKinds: olderKinds },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.emailKinds).toEqual({ ...allOn, arrived: false, moved: false, withdrawn: false });
    const unknown = await call(t, 'PUT', '/api/notification-settings', {
      cookie,
      body: { email: null, language: 'th', emailKinds: { ...allOn, gossip: true } },
    });
    expect(unknown.status).toBe(400);
  });
});
