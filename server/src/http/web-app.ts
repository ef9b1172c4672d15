// Serves the built React app: static files, and for every other non-API path (client-side routes) index.html, with the
// page itself drawn into it when the server can (first-render.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { LANG_COOKIE, langFromCookie } from '@bmrts/shared';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from './logger';
import { firstRenderer, type SelfFetch } from './first-render';

export interface WebAppOptions {
  /** The whole app's fetch: the first render calls the API through it as the person whose page it is. */
  selfFetch?: SelfFetch | undefined;
  logger?: Logger | undefined;
}

export function webAppRoutes(distDir: string, options: WebAppOptions = {}) {
  const indexFile = join(distDir, 'index.html');
  const app = new Hono();
  if (!existsSync(indexFile)) {
    return app.get('*', (c) => c.text('The web app is not built: run `npm run build`.', 503));
  }
  // Hashed assets never change under their name: cached for a year. Set once the file is found and sent (serveStatic's
  // own onFound runs after the response is made, too late for a header).
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  // Everything else under a fixed name (index.html, sw.js, the manifest, the offline page) is asked again each time, so
  // a new build reaches the browser at once; the service worker especially must never sit in the HTTP cache.
  app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/assets/') && !c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-cache');
  });
  // serveStatic resolves its root against the working directory. The build writes .br and .gz copies of every text
  // file (web/scripts/precompress.mjs): the smaller one the browser accepts is sent.
  // index.html itself goes through the page route below, like every other page, so the first render can fill it.
  const files = serveStatic({ root: relative(process.cwd(), distDir), precompressed: true });
  app.use('*', (c, next) => (c.req.path === '/' || c.req.path === '/index.html' ? next() : files(c, next)));
  const draw = options.selfFetch
    ? firstRenderer(join(distDir, '..', 'dist-ssr', 'entry-server.js'), options.selfFetch, options.logger)
    : null;
  // The pages are made per request, so compressed per request (gzip; the static files above come precompressed).
  app.get('*', compress(), async (c) => {
    // The page comes in the language the person chose (its cookie), which the app then reads from <html lang>.
    const lang = langFromCookie(getCookie(c, LANG_COOKIE));
    const template = (await readFile(indexFile, 'utf8')).replace(/<html lang="[a-z]+">/, `<html lang="${lang}">`);
    const page = draw ? await draw(c, template, lang) : null;
    if (!page) return c.html(template);
    // Drawn for this person: no cache may keep it (a shared computer's back button must not show the last person's page).
    c.header('cache-control', 'private, no-store');
    c.header('vary', 'cookie');
    return c.html(page);
  });
  return app;
}
