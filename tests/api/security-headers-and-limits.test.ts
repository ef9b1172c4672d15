// What every answer carries and what every body may weigh: a strict Content-Security-Policy on pages and the API,
// a looser one only where Swagger UI needs it, and JSON bodies refused past 1 MiB before they are parsed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { call, signIn } from '../support/http-client';
import { buildOffice } from '../support/office';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d.slice(d.indexOf(' ') + 1)]),
  );
}

describe('Content-Security-Policy', () => {
  it('sends a strict policy with the API and the app pages: only this origin, no inline script, no framing', async () => {
    for (const path of ['/api/health', '/', '/requests/123']) {
      const res = await t.app.request(path);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src'), path).toBe("'self'");
      expect(csp.get('script-src'), path).toBe("'self'");
      expect(csp.get('style-src'), path).toBe("'self'");
      expect(csp.get('object-src'), path).toBe("'none'");
      expect(csp.get('base-uri'), path).toBe("'self'");
      expect(csp.get('form-action'), path).toBe("'self'");
      expect(csp.get('frame-ancestors'), path).toBe("'none'");
      expect(res.headers.get('content-security-policy'), path).not.toContain('unsafe');
    }
  });

  it('serves the API reference without inline script, under a policy that lets Swagger UI style itself', async () => {
    const page = await t.app.request('/api/docs');
    const html = await page.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).toContain('<script src="/api/docs/assets/start.js"></script>');
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    const start = await t.app.request('/api/docs/assets/start.js');
    expect(start.status).toBe(200);
    expect(start.headers.get('content-type')).toContain('javascript');
    expect(await start.text()).toContain('/api/openapi.json');
  });
});

describe('body limits', () => {
  it('refuses a 36 MB JSON body with 413 and a Thai message, and creates nothing', async () => {
    await buildOffice(t.handle.db);
    const cookie = await signIn(t, 'k01');
    const huge = JSON.stringify({ type: 'allotment', title: 'x'.repeat(36 * 1024 * 1024) });
    const res = await call(t, 'POST', '/api/requests', { cookie, rawBody: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body_too_large');
    expect(res.body.error.message).toContain('1 MB');
    expect(res.body.error.message).toMatch(/[ก-๙]/);
    const rows = await t.handle.db.selectFrom('requests').select('id').execute();
    expect(rows).toHaveLength(0);
  });

  it('refuses by the declared length before reading, in English when asked', async () => {
    const res = await t.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024), 'accept-language': 'en' },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: 'body_too_large', message: expect.stringContaining('larger than 1 MB') });
  });

  it('still takes an ordinary form', async () => {
    await buildOffice(t.handle.db);
    const res = await call(t, 'POST', '/api/session', { body: { username: 'k01', password: 'wrong-but-small' } });
    expect(res.status).toBe(401);
  });
});
