// The app installs as a PWA: its manifest and service worker are served with the types browsers require, the worker
// and the other fixed-name files are asked again on every visit (never cached for a year like hashed assets), and the
// strict Content-Security-Policy still applies to them (issue 15, item 10).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';

const webPublic = fileURLToPath(new URL('../../web/public/', import.meta.url));
let t: TestApp;
let dist: string;

beforeEach(async () => {
  dist = mkdtempSync(join(tmpdir(), 'bmrts-dist-'));
  cpSync(webPublic, dist, { recursive: true });
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>BMRTS</title>');
  writeFileSync(join(dist, 'sw.js'), "self.addEventListener('fetch', () => {});\n");
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'export {};\n');
  t = await makeTestApp(undefined, { webDist: dist });
});
afterEach(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('the installable app', () => {
  it('serves the service worker as JavaScript, asked again on every visit, under the strict policy', async () => {
    const res = await t.app.request('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves a Thai manifest with 192 and 512 pixel icons, one maskable, every icon a real PNG', async () => {
    const res = await t.app.request('/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const manifest = (await res.json()) as Manifest;
    expect(manifest.lang).toBe('th');
    expect(manifest.name).toMatch(/[\u0E00-\u0E7F]/);
    expect(manifest).toMatchObject({ short_name: 'BMRTS', start_url: '/', display: 'standalone', theme_color: '#1f3a68' });
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
    for (const icon of manifest.icons) {
      const png = await t.app.request(icon.src);
      expect(png.headers.get('content-type'), icon.src).toBe('image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('serves the offline page in Thai, without scripts, asked again on every visit', async () => {
    const res = await t.app.request('/offline.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('lang="th"');
    expect(html).toContain('ไม่มีการเชื่อมต่ออินเทอร์เน็ต');
    expect(html).not.toMatch(/<script|style=/);
  });

  it('still caches hashed assets for a year, and index.html links the manifest', async () => {
    const res = await t.app.request('/assets/app-1a2b3c.js');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = readFileSync(fileURLToPath(new URL('../../web/index.html', import.meta.url)), 'utf8');
    expect(index).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
  });
});
