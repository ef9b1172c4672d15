// The server's first render of a page (server/src/http/web-app.ts loads the build of this module): the page a person
// opens, drawn as HTML with the answers it shows, so a phone paints the work itself before any script has arrived, and
// the browser then takes the same markup over (start.tsx, hydrateRoot) instead of drawing it again.
//
// The page asks for its data as it renders (React Query's hooks): each pass renders, fetches what the page asked for
// and has not got (and lets a lazily loaded part that was not yet there arrive: the server build holds them all), through the server itself as the person whose page it is, and renders again, until a pass asks for
// nothing new and draws what the one before drew. A page that cannot be drawn whole (a refused or failed call, a page
// that sends elsewhere, too many passes) is not rendered here: the browser renders it, as it did before.
import './i18n';
import { AsyncLocalStorage } from 'node:async_hooks';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import i18next from 'i18next';
import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { Lang } from '@bmrts/shared';
import { setApiTransport } from '../lib/api-client';
import { AppProviders, createQueryClient } from './providers';
import { appRoutes } from './routes';

/** Calls one API path (with its query string) as the person whose page is being rendered. */
export type ApiCall = (path: string, init: RequestInit | undefined) => Promise<Response>;

export interface FirstRender {
  /** The markup of #root. */
  html: string;
  /** The answers it was drawn from, for the browser's query cache before it takes the markup over. */
  state: DehydratedState;
}

interface PageContext {
  call: ApiCall;
  lang: Lang;
}

const pages = new AsyncLocalStorage<PageContext>();
/** Only to read paths against: nothing is fetched from it. */
const ORIGIN = 'http://bmrts.invalid';

setApiTransport((input, init) => {
  const page = pages.getStore();
  if (!page) return Promise.reject(new Error('an API call outside a page render'));
  const target = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, ORIGIN);
  const headers = new Headers(init?.headers);
  headers.set('accept-language', page.lang);
  return page.call(target.pathname + target.search, { ...init, headers });
});

const handler = createStaticHandler(appRoutes);

/** React's mark, in server markup, of a Suspense boundary it left for the browser to draw. */
const CLIENT_RENDERED_BOUNDARY = '<!--$!-->';
const MAX_PASSES = 8;
/** Past this the server's caller has given up (first-render.ts waits 3 s): no pass starts after it. */
const RENDER_BUDGET_MS = 2_500;

/**
 * Records the hash of each query the page asks for while it renders (every hook passes its options through
 * defaultQueryOptions); a query its hook disables is not asked for.
 */
function recordWanted(client: QueryClient): Set<string> {
  const wanted = new Set<string>();
  const defaults = client.defaultQueryOptions.bind(client);
  client.defaultQueryOptions = ((options: Parameters<QueryClient['defaultQueryOptions']>[0]) => {
    const defaulted = defaults(options);
    if (defaulted.enabled !== false && typeof defaulted.enabled !== 'function') wanted.add(defaulted.queryHash);
    return defaulted;
  }) as QueryClient['defaultQueryOptions'];
  return wanted;
}

export async function render(url: string, lang: Lang, call: ApiCall): Promise<FirstRender | null> {
  const context = await handler.query(new Request(new URL(url, ORIGIN)));
  if (context instanceof Response) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const client = createQueryClient();
  // A call that fails is not tried again here (the app's own retries wait seconds): the page is then the browser's to draw.
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, retry: false } });
  const deadline = Date.now() + RENDER_BUDGET_MS;
  const wanted = recordWanted(client);
  const page: PageContext = { call, lang };
  try {
    return await pages.run(page, async () => {
      let previous = '';
      for (let pass = 0; pass < MAX_PASSES && Date.now() < deadline; pass++) {
        // A pass is synchronous: the one i18next instance holds this page's language for the whole of it.
        void i18next.changeLanguage(lang);
        const html = renderToString(
          <StrictMode>
            <AppProviders client={client}>
              <StaticRouterProvider router={router} context={context} hydrate={false} />
            </AppProviders>
          </StrictMode>,
        );
        // A part that suspended (its code not yet loaded) is marked to be drawn by the browser: not done yet.
        const suspended = html.includes(CLIENT_RENDERED_BOUNDARY);
        // The hook built each query in the cache as it rendered, with its own function (an infinite list's paging too).
        const queries = [...wanted].flatMap((hash) => client.getQueryCache().get(hash) ?? []);
        if (queries.some((query) => query.state.status === 'error')) return null;
        const missing = queries.filter((query) => query.state.status !== 'success');
        if (missing.length === 0 && !suspended && html === previous) {
          // Nothing drawn: the page sends elsewhere (signed out, or the sign-in page when signed in), which the browser does.
          return html === '' ? null : { html, state: dehydrate(client) };
        }
        previous = html;
        // A failure stays in the query's state, and the next pass gives the page up.
        await Promise.all(missing.map((query) => query.fetch().catch(() => undefined)));
        // React.lazy hears that its part is loaded on a later turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return null;
    });
  } finally {
    client.clear();
  }
}
