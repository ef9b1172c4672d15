// Writes dist/sw.js from web/service-worker/sw.js with this build's app shell: the scripts and styles index.html
// loads, the offline page and the install files. The version is a hash of their contents, so every build that
// changes any of them makes a new worker (and a new cache); a build that changes nothing keeps the old one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const template = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));
const PUBLIC_SHELL = ['/zod-settings.js', '/offline.html', '/offline.css', '/manifest.webmanifest'];

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
const icons = readdirSync(join(dist, 'icons')).map((name) => `/icons/${name}`);
const files = [...new Set([...loaded, ...PUBLIC_SHELL, ...icons])].sort();
for (const file of files) if (!existsSync(join(dist, file))) throw new Error(`service worker: ${file} is not in dist`);

const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(dist, file)));
const build = { version: hash.digest('hex').slice(0, 16), files };
const source = readFileSync(template, 'utf8').replace('self.__BMRTS_BUILD__', JSON.stringify(build));
writeFileSync(join(dist, 'sw.js'), source);
console.log(`service worker ${build.version}: ${files.length} files in the app shell`);
