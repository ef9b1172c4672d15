// The request log: one JSON object per API call, with a request id the caller also gets back. It never carries a
// password, a session token or a query string, and no path a caller sends can forge a line of its own.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '@bmrts/server';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice } from '../support/office';
import { call } from '../support/http-client';

let t: TestApp;
afterEach(() => t.close());

/** A logger writing into memory, as main.ts's writes to stdout. */
function memoryLog() {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { logger: createLogger(sink), lines: () => text.split('\n').filter((line) => line !== '') };
}

describe('the request log', () => {
  it('writes one JSON line per call with method, path, status, duration, user id and request id, and no secret', async () => {
    const log = memoryLog();
    t = await makeTestApp(undefined, { logger: log.logger });
    const office = await buildOffice(t.handle.db);
    const signIn = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const token = cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    const list = await call(t, 'GET', '/api/requests?q=secret-search-words', { cookie });
    await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: 'a-wrong-password' } });

    const lines = log.lines();
    expect(lines).toHaveLength(3);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ level: 'info', msg: 'request', method: 'POST', path: '/api/session', status: 200, userId: null });
    expect(entries[1]).toMatchObject({ method: 'GET', path: '/api/requests', status: 200, userId: office.analystA.id });
    expect(entries[2]).toMatchObject({ method: 'POST', path: '/api/session', status: 401 });
    for (const entry of entries) {
      expect(typeof entry.ms).toBe('number');
      expect(Date.parse(String(entry.time))).not.toBeNaN();
    }
    // The id in the log is the one the caller was given, so a user's report can be found.
    expect(entries[1]?.reqId).toBe(list.headers.get('x-request-id'));
    expect(new Set(entries.map((entry) => entry.reqId)).size).toBe(3);

    const text = lines.join('\n');
    const sessionId = createHash('sha256').update(token).digest('hex');
    for (const secret of [PASSWORD, 'a-wrong-password', token, sessionId, 'secret-search-words']) expect(text).not.toContain(secret);
  });

  it('keeps a path holding CR/LF inside its own line, so it cannot pass for another request', async () => {
    const log = memoryLog();
    t = await makeTestApp(undefined, { logger: log.logger });
    const forged = '/api/x%0d%0a2026-01-01T00:00:00.000Z%20DELETE%20/api/admin/users/1%20200%201ms%0a{"method":"DELETE"}';
    const res = await t.app.request(forged);
    expect(res.status).toBe(401);

    const lines = log.lines();
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry.method).toBe('GET');
    expect(entry.path).toContain('\r\n2026-01-01T00:00:00.000Z DELETE /api/admin/users/1');
  });

  it('takes a well-formed X-Request-Id from a proxy and replaces one that could carry text into the log', async () => {
    const log = memoryLog();
    t = await makeTestApp(undefined, { logger: log.logger });
    const kept = await t.app.request('/api/health', { headers: { 'x-request-id': 'nginx-4f2a9c' } });
    expect(kept.headers.get('x-request-id')).toBe('nginx-4f2a9c');
    const replaced = await t.app.request('/api/health', { headers: { 'x-request-id': 'a b"\u0001' } });
    const replacedId = replaced.headers.get('x-request-id') ?? '';
    expect(replacedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.lines().map((line) => (JSON.parse(line) as { reqId: string }).reqId)).toEqual(['nginx-4f2a9c', replacedId]);
  });

  it('with per-call lines off (LOG_REQUESTS=false) still logs an unexpected error as one JSON line with its request id', async () => {
    const log = memoryLog();
    t = await makeTestApp(undefined, { logger: log.logger, logRequests: false });
    await buildOffice(t.handle.db);
    const cookie = await signInCookie();
    expect(log.lines()).toEqual([]);
    // A table gone from under the server: the one kind of failure no input can cause (put back for the next test).
    await t.handle.db.schema.alterTable('notifications').renameTo('notifications_gone').execute();
    const failed = await call(t, 'GET', '/api/notifications', { cookie }).finally(() =>
      t.handle.db.schema.alterTable('notifications_gone').renameTo('notifications').execute(),
    );
    expect(failed.status).toBe(500);
    const lines = log.lines();
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 'error',
      msg: 'unhandled error',
      method: 'GET',
      path: '/api/notifications',
      reqId: failed.headers.get('x-request-id'),
    });
  });
});

async function signInCookie(): Promise<string> {
  const signIn = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } });
  return (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
