// The request log names each call but never carries a password, a session token or a query string.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice } from '../support/office';
import { call } from '../support/http-client';

let t: TestApp;
afterEach(() => t.close());

describe('the request log', () => {
  it('logs method, path and status, and no password, token, session id or query', async () => {
    const lines: string[] = [];
    t = await makeTestApp(undefined, { requestLog: (line) => lines.push(line) });
    await buildOffice(t.handle.db);
    const signIn = await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const token = cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    await call(t, 'GET', '/api/requests?q=secret-search-words', { cookie });
    await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: 'a-wrong-password' } });

    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/ POST \/api\/session 200 \d+ms user=-$/);
    expect(lines[1]).toMatch(/ GET \/api\/requests 200 \d+ms user=analyst-a$/);
    const log = lines.join('\n');
    const sessionId = createHash('sha256').update(token).digest('hex');
    for (const secret of [PASSWORD, 'a-wrong-password', token, sessionId, 'secret-search-words']) expect(log).not.toContain(secret);
  });
});
