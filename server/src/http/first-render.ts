// The page drawn on the server: the web build's server entry (web/src/app/entry-server.tsx, built to web/dist-ssr/) renders
// the page at the address as the person whose cookie came with it, calling this server's own API through the app's fetch,
// and the HTML goes out with the page in #root and the answers it was drawn from beside it. A phone then paints the work
// itself at once, with no script yet (issue 15: the inbox took over 3 s to show a row on Lighthouse's slow 4G phone).
//
// Anything short of a whole page (no server build, a page that sends elsewhere or whose data was refused, a failure, a
// render slower than RENDER_TIMEOUT_MS) sends index.html as it is, and the browser draws the page as before.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Context } from 'hono';
import { FIRST_RENDER_SLOT, FIRST_RENDER_STATE_ID, type Lang } from '@bmrts/shared';
import type { Logger } from './logger';

/** The whole app's fetch (Hono's app.fetch), with the bindings of the request being answered. */
export type SelfFetch = (request: Request, env: unknown) => Response | Promise<Response>;

type ApiCall = (path: string, init: RequestInit | undefined) => Promise<Response>;

/** What web/src/app/entry-server.tsx exports. */
interface ServerEntry {
  render(url: string, lang: Lang, call: ApiCall): Promise<{ html: string; state: unknown } | null>;
}

const RENDER_TIMEOUT_MS = 3_000;

/** JSON inside a script element: `<` escaped, so no value can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** index.html with the drawn page in place of the splash and its answers beside it; null when the slot is not there. */
export function pageWithFirstRender(template: string, html: string, state: unknown): string | null {
  const open = template.indexOf(FIRST_RENDER_SLOT.open);
  const close = template.indexOf(FIRST_RENDER_SLOT.close, open);
  if (open < 0 || close < 0) return null;
  // The page is on screen without them: the app's scripts are asked for after the first paint (main.tsx), and a request
  // started before it would hold that paint back on a slow network.
  const head = template.slice(0, open).replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const tail = template
    .slice(close + FIRST_RENDER_SLOT.close.length)
    // A function, not a string: "$'", "$&" and "$$" in someone's text would otherwise be read as replacement patterns.
    .replace('</body>', () => `<script type="application/json" id="${FIRST_RENDER_STATE_ID}">${scriptJson(state)}</script></body>`);
  return head + html + tail;
}

export function firstRenderer(modulePath: string, selfFetch: SelfFetch, logger?: Logger) {
  let entry: Promise<ServerEntry | null> | undefined;
  const load = () =>
    (entry ??= existsSync(modulePath)
      ? (import(pathToFileURL(modulePath).href) as Promise<ServerEntry>).catch((error: unknown) => {
          logger?.error(
            { err: error, modulePath },
            'first render: the web server build could not be loaded; pages are drawn by the browser',
          );
          return null;
        })
      : Promise.resolve(null));

  return async (c: Context, template: string, lang: Lang): Promise<string | null> => {
    if (c.req.method !== 'GET') return null;
    const server = await load();
    if (!server) return null;
    const url = new URL(c.req.url);
    const cookie = c.req.header('cookie');
    const call: ApiCall = (path, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      return Promise.resolve(selfFetch(new Request(url.origin + path, { ...init, headers }), c.env));
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const drawn = await Promise.race([
        server.render(url.pathname + url.search, lang, call),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), RENDER_TIMEOUT_MS);
        }),
      ]);
      return drawn ? pageWithFirstRender(template, drawn.html, drawn.state) : null;
    } catch (error) {
      logger?.warn({ err: error, path: url.pathname }, 'first render failed; the browser draws the page');
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}
