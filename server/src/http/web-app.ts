// Serves the built React app: static files, and index.html for every other non-API path (client-side routes).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function webAppRoutes(distDir: string) {
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
  app.use('*', serveStatic({ root: relative(process.cwd(), distDir), precompressed: true }));
  app.get('*', async (c) => c.html(await readFile(indexFile, 'utf8')));
  return app;
}
