// Cross-site request forgery: a state-changing call from another site is refused even with a valid session cookie.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice } from '../support/office';
import { signIn } from '../support/http-client';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let cookie: string;
beforeEach(async () => {
  t = await makeTestApp();
  await buildOffice(t.handle.db);
  cookie = await signIn(t, 'k01');
});
afterEach(() => t.close());

function post(headers: Record<string, string>) {
  return t.app.request('http://bmrts.example/api/requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, host: 'bmrts.example', ...headers },
    body: JSON.stringify(smallAllotment()),
  });
}

describe('cross-site request forgery', () => {
  it('refuses a request another site makes the browser send', async () => {
    const res = await post({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('cross_site_request');
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(await t.handle.db.selectFrom('requests').select('id').execute()).toEqual([]);
  });

  it('accepts the app’s own pages and non-browser clients', async () => {
    expect((await post({ origin: 'http://bmrts.example', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({})).status).toBe(201);
  });
});
