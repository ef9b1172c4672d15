// Webhooks: administrators register endpoints; each decision's event is delivered through the outbox, signed, retried, logged.
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxListResponse, RequestView, WebhookEndpointWithSecret } from '@bmrts/shared';
import { OUTBOX_MAX_ATTEMPTS, runOutboxOnce } from '@bmrts/server';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

let t: TestApp;
let office: Office;
let actors: Actors;
let receiver: WebhookReceiver | null = null;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(async () => {
  await receiver?.close();
  receiver = null;
  await t.close();
});

const runOutbox = () => runOutboxOnce({ db: t.handle.db, clock: t.clock, config: {} });

async function register(body: unknown) {
  return call<WebhookEndpointWithSecret>(t, 'POST', '/api/admin/webhooks', { cookie: await actors.cookie(office.admin), body });
}

async function deliveryLog(query = '?channel=webhook'): Promise<OutboxListResponse> {
  const res = await call<OutboxListResponse>(t, 'GET', `/api/admin/outbox${query}`, { cookie: await actors.cookie(office.admin) });
  expect(res.status).toBe(200);
  return res.body;
}

async function submitted(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

const hmac = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('webhooks', () => {
  it('delivers a signed JSON event to a receiver on localhost', async () => {
    receiver = await startWebhookReceiver();
    const made = await register({ url: receiver.url, description: 'ระบบบัญชี', eventTypes: ['SUBMIT', 'APPROVE'] });
    expect(made.status).toBe(201);
    expect(made.body.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    // The secret is shown once: the list never carries it.
    const list = await call(t, 'GET', '/api/admin/webhooks', { cookie: await actors.cookie(office.admin) });
    expect(list.body.items).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    expect(JSON.stringify(list.body)).not.toContain(made.body.secret);

    const request = await submitted();
    expect(receiver.received).toEqual([]);
    expect(await runOutbox()).toMatchObject({ sent: 1 });

    const [hook] = receiver.received;
    expect(hook?.headers['content-type']).toBe('application/json');
    expect(hook?.headers['x-bmrts-signature']).toBe(hmac(made.body.secret, hook?.body ?? ''));
    expect(hook?.headers['x-bmrts-signature']).not.toBe(hmac('another secret', hook?.body ?? ''));
    expect(hook?.headers['x-bmrts-delivery']).toMatch(/^webhook:/);
    expect(hook?.headers['x-bmrts-timestamp']).toBe(t.clock.now().toISOString());
    const event = JSON.parse(hook?.body ?? '{}');
    expect(event).toEqual({
      id: expect.any(String),
      type: 'SUBMIT',
      request: { id: request.id, trackingNo: request.trackingNo, requestType: 'allotment', unitCode: 'K01' },
      from: { level: 1, status: 'draft' },
      to: { level: 2, status: 'in_review' },
      actor: { level: 1, acting: false },
      at: t.clock.now().toISOString(),
    });
    // No personal data: neither the actor's id nor their name.
    expect(hook?.body).not.toContain(office.unitK01.id);
    expect(hook?.body).not.toContain(office.unitK01.username);

    // Only subscribed event types: a return is not sent.
    await send(t, actors, office.analystA, request, 'RETURN', 'ขอเอกสารเพิ่ม');
    await runOutbox();
    expect(receiver.received).toHaveLength(1);
    expect((await deliveryLog()).items).toMatchObject([
      { status: 'sent', attempts: 1, lastStatusCode: 200, trackingNo: request.trackingNo, recipient: receiver.url },
    ]);
  });

  it('retries a receiver that fails twice and logs three attempts and the final status', async () => {
    receiver = await startWebhookReceiver([500, 503, 200]);
    await register({ url: receiver.url, eventTypes: ['SUBMIT'] });
    await submitted();

    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 1 });
    const afterFirst = (await deliveryLog()).items[0];
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    expect(afterFirst?.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 30_000).toISOString());

    // Not before its time: backoff of 30 s, then 60 s.
    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 0 });
    t.clock.advanceMinutes(0.5);
    expect(await runOutbox()).toMatchObject({ retrying: 1 });
    expect((await deliveryLog()).items[0]).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 503 });
    t.clock.advanceMinutes(0.5);
    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 0 });
    t.clock.advanceMinutes(0.5);
    expect(await runOutbox()).toMatchObject({ sent: 1 });

    expect(receiver.received).toHaveLength(3);
    // The same delivery, the same signed bytes, every time.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers['x-bmrts-delivery'])).size).toBe(1);
    expect((await deliveryLog()).items[0]).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
  });

  it('marks a delivery failed after the last attempt, and an administrator can send it again', async () => {
    receiver = await startWebhookReceiver([500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 200]);
    await register({ url: receiver.url, eventTypes: ['SUBMIT'] });
    await submitted();
    for (let i = 0; i < OUTBOX_MAX_ATTEMPTS; i++) {
      await runOutbox();
      t.clock.advanceMinutes(5 * 60);
    }
    // Two days later: the administrator signs in again.
    actors = new Actors(t);
    const [failed] = (await deliveryLog('?status=failed')).items;
    expect(failed).toMatchObject({ status: 'failed', attempts: OUTBOX_MAX_ATTEMPTS, lastStatusCode: 500 });
    expect(await runOutbox()).toMatchObject({ sent: 0, retrying: 0 });

    const retried = await call(t, 'POST', `/api/admin/outbox/${encodeURIComponent(failed?.id ?? '')}/retry`, {
      cookie: await actors.cookie(office.admin),
    });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await runOutbox()).toMatchObject({ sent: 1 });
    const again = await call(t, 'POST', `/api/admin/outbox/${encodeURIComponent(failed?.id ?? '')}/retry`, {
      cookie: await actors.cookie(office.admin),
    });
    expect(again.status).toBe(422);
    const audit = await t.handle.db.selectFrom('audit_log').select('action').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create', 'outbox.retry']);
  });

  it('sends nothing to an inactive endpoint, and signs with a renewed secret', async () => {
    receiver = await startWebhookReceiver();
    const made = await register({ url: receiver.url, eventTypes: ['SUBMIT'], active: false });
    await submitted();
    await runOutbox();
    expect(receiver.received).toEqual([]);

    const cookie = await actors.cookie(office.admin);
    expect((await call(t, 'PATCH', `/api/admin/webhooks/${made.body.id}`, { cookie, body: { active: true } })).body.active).toBe(true);
    const renewed = await call<WebhookEndpointWithSecret>(t, 'POST', `/api/admin/webhooks/${made.body.id}/secret`, { cookie });
    expect(renewed.body.secret).not.toBe(made.body.secret);
    await submitted();
    await runOutbox();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.headers['x-bmrts-signature']).toBe(hmac(renewed.body.secret, receiver.received[0]?.body ?? ''));
  });

  it('refuses an address that is not http or https, in the caller’s language, and stores nothing', async () => {
    for (const url of [
      'file:///etc/passwd',
      'ftp://example.org/x',
      'gopher://127.0.0.1:70',
      'http://user:pw@example.org/',
      'javascript:alert(1)',
    ]) {
      const res = await call(t, 'POST', '/api/admin/webhooks', {
        cookie: await actors.cookie(office.admin),
        body: { url, eventTypes: ['SUBMIT'] },
        lang: 'en',
      });
      expect(res.status, url).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain('must start with http:// or https://');
    }
    const unknownEvent = await register({ url: 'https://example.org/hook', eventTypes: ['DELETE_EVERYTHING'] });
    expect(unknownEvent.status).toBe(400);
    expect(await t.handle.db.selectFrom('webhook_endpoints').select('id').execute()).toEqual([]);
  });

  it('deletes sent deliveries past the retention, oldest first, and keeps recent and failed ones in the log', async () => {
    receiver = await startWebhookReceiver();
    await register({ url: receiver.url, eventTypes: ['SUBMIT'] });
    const old = await submitted();
    const failed = await submitted();
    expect(await runOutbox()).toMatchObject({ sent: 2, pruned: 0 });
    // One of them gave up after its last attempt, as the retry test above brings about.
    await t.handle.db.updateTable('outbox').set({ status: 'failed' }).where('request_id', '=', failed.id).execute();
    t.clock.advanceMinutes(91 * 24 * 60);
    actors = new Actors(t); // the sessions did not outlast 91 days
    const recent = await submitted();
    expect(await runOutboxOnce({ db: t.handle.db, clock: t.clock, config: { outboxRetentionDays: 90 } })).toMatchObject({
      sent: 1,
      pruned: 1,
    });
    const log = await deliveryLog();
    expect(log.items.map((d) => [d.trackingNo, d.status])).toEqual([
      [recent.trackingNo, 'sent'],
      [failed.trackingNo, 'failed'],
    ]);
    expect(log.items.map((d) => d.trackingNo)).not.toContain(old.trackingNo);
  });
});
