// What goes over the wire is compressed: API answers gzip to a client that accepts it, and the web app's files are sent
// as the Brotli or gzip copy the build wrote beside them, with hashed assets cached for a year (issue 15, item 10).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { signIn } from '../support/http-client';
import { Actors, createDraft } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let dist: string;
const SCRIPT = `export const greeting = ${JSON.stringify('สวัสดี '.repeat(400))};\n`;

beforeEach(async () => {
  dist = mkdtempSync(join(tmpdir(), 'bmrts-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>BMRTS</title>');
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js.gz'), gzipSync(SCRIPT));
  t = await makeTestApp(undefined, { webDist: dist });
  office = await buildOffice(t.handle.db);
});
afterEach(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string>) {
  const res = await t.app.request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('compression', () => {
  it('sends an API answer gzipped to a client that accepts it, the same JSON once unpacked', async () => {
    const actors = new Actors(t);
    for (let i = 0; i < 5; i++) await createDraft(t, actors, office.unitK01, smallAllotment());
    const cookie = await signIn(t, office.unitK01);
    const plain = await get('/api/requests', { cookie });
    const packed = await get('/api/requests', { cookie, 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(packed.res.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(packed.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 3);
  });

  it('serves a built file as its Brotli copy, or gzip, or as it is, and caches hashed assets for a year', async () => {
    const br = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.res.status).toBe(200);
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.res.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
    expect(br.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.bytes.equals(brotliCompressSync(SCRIPT))).toBe(true);

    const gz = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip' });
    expect(gz.res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString('utf8')).toBe(SCRIPT);

    const plain = await get('/assets/app-1a2b3c.js', {});
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes.toString('utf8')).toBe(SCRIPT);
  });
});
