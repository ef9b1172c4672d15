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
  // serveStatic resolves its root against the working directory.
  app.use(
    '/assets/*',
    serveStatic({
      root: relative(process.cwd(), distDir),
      onFound: (_path, c) => {
        c.header('cache-control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: relative(process.cwd(), distDir) }));
  app.get('*', async (c) => c.html(await readFile(indexFile, 'utf8')));
  return app;
}
