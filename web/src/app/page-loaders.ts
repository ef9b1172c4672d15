// The first pages' chunks, as functions that load them: lazy-pages.tsx makes them lazy routes, and the entry (main.tsx)
// starts the one at the address before React has even loaded. No React here, so the entry stays small.

/** A chunk's loader that remembers the module once it is there, so a page already loaded renders at once (lazy-pages). */
export interface PageLoader<M> {
  (): Promise<M>;
  loaded(): M | undefined;
}

function remembered<M>(load: () => Promise<M>): PageLoader<M> {
  let module: M | undefined;
  const loader = () =>
    load().then((m) => {
      module = m;
      return m;
    });
  return Object.assign(loader, { loaded: () => module });
}

export const home = remembered(() => import('../features/inbox/home-page'));
export const requestList = remembered(() => import('../features/requests/pages/request-list-page'));
export const newRequest = remembered(() => import('../features/requests/pages/new-request-page'));
export const request = remembered(() => import('../features/requests/pages/request-page'));
export const overview = remembered(() => import('../features/overview/overview-page'));
export const admin = remembered(() => import('../features/admin/admin-pages'));
export const settings = remembered(() => import('../features/settings/settings-page'));
export const survey = remembered(() => import('../features/surveys/survey-page'));
export const budget = remembered(() => import('../features/budget/budget-pages'));

/** The pages people open first, by their address: the ones worth fetching before the session check has answered. */
const FIRST_PAGES: readonly [RegExp, () => Promise<unknown>][] = [
  [/^\/$/, home],
  [/^\/requests\/?$/, requestList],
  [/^\/requests\/new\/?$/, newRequest],
  [/^\/requests\/[^/]+\/?$/, request],
  [/^\/overview\/?$/, overview],
  [/^\/admin(\/|$)/, admin],
  [/^\/settings\/?$/, settings],
  [/^\/surveys\/[^/]+\/?$/, survey],
  [/^\/budget(\/|$)/, budget],
];

/**
 * Starts fetching the page at this address at once, while the app loads and the session is checked: otherwise its chunk
 * is asked for only once the check answers and the route renders, one more round trip before a phone shows anything.
 * The module system keeps the promise, so React.lazy then finds it loaded. A failure here is left for the lazy route to
 * meet and report.
 */
export function preloadPageOf(pathname: string): Promise<unknown> {
  const match = FIRST_PAGES.find(([pattern]) => pattern.test(pathname));
  return match ? match[1]().catch(() => undefined) : Promise.resolve();
}
