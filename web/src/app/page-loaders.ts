// The first pages' chunks, as functions that load them: lazy-pages.tsx makes them React.lazy routes, and the entry
// (main.tsx) starts the one at the address before React has even loaded. No React here, so the entry stays small.

export const home = () => import('../features/inbox/home-page');
export const requestList = () => import('../features/requests/pages/request-list-page');
export const newRequest = () => import('../features/requests/pages/new-request-page');
export const request = () => import('../features/requests/pages/request-page');
export const overview = () => import('../features/overview/overview-page');
export const admin = () => import('../features/admin/admin-pages');

/** The pages people open first, by their address: the ones worth fetching before the session check has answered. */
const FIRST_PAGES: readonly [RegExp, () => Promise<unknown>][] = [
  [/^\/$/, home],
  [/^\/requests\/?$/, requestList],
  [/^\/requests\/new\/?$/, newRequest],
  [/^\/requests\/[^/]+\/?$/, request],
  [/^\/overview\/?$/, overview],
  [/^\/admin(\/|$)/, admin],
];

/**
 * Starts fetching the page at this address at once, while the app loads and the session is checked: otherwise its chunk
 * is asked for only once the check answers and the route renders, one more round trip before a phone shows anything.
 * The module system keeps the promise, so React.lazy then finds it loaded. A failure here is left for the lazy route to
 * meet and report.
 */
export function preloadPageOf(pathname: string): void {
  const match = FIRST_PAGES.find(([pattern]) => pattern.test(pathname));
  match?.[1]().catch(() => undefined);
}
