// Health, the generated OpenAPI document and the API reference page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { call, signIn } from '../support/http-client';
import { buildOffice } from '../support/office';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

describe('health and API documentation', () => {
  it('reports health once migrated', async () => {
    const res = await call(t, 'GET', '/api/health');
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('documents the health check in /api/openapi.json', async () => {
    const res = await call(t, 'GET', '/api/openapi.json');
    const health = (res.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)['/api/health'];
    expect(Object.keys(health ?? {})).toEqual(['get']);
    expect(Object.keys(health?.get?.responses ?? {})).toEqual(['200']);
  });

  it('describes the workflow routes in /api/openapi.json, with their error responses', async () => {
    const res = await call(t, 'GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const operations = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/session',
        'GET /api/session',
        'DELETE /api/session',
        'GET /api/requests',
        'POST /api/requests',
        'GET /api/requests/{id}',
        'PUT /api/requests/{id}',
        'POST /api/requests/{id}/events',
        'GET /api/inbox',
        'GET /api/units',
        'GET /api/routing-rules',
      ]),
    );
    expect(Object.keys(paths['/api/requests/{id}/events']?.post?.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
    ]);
  });

  it('serves a readable API reference at /api/docs with its assets', async () => {
    const page = await t.app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/docs/assets/start.js');
    expect(await (await t.app.request('/api/docs/assets/start.js')).text()).toContain('/api/openapi.json');
    const asset = await t.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('answers unknown API paths with a JSON 401 to strangers and 404 once signed in, with security headers', async () => {
    const anonymous = await call(t, 'GET', '/api/nothing-here');
    expect(anonymous.status).toBe(401);
    await buildOffice(t.handle.db);
    const res = await call(t, 'GET', '/api/nothing-here', { cookie: await signIn(t, 'level8') });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
