// The one contract between the server's first render of a page and the browser taking it over: the id of the JSON script
// element beside #root holding the answers the page was drawn from. Never run (type application/json), so the
// Content-Security-Policy's script-src 'self' holds. Written by server/src/http/web-app.ts, read by web/src/app/start.tsx.
export const FIRST_RENDER_STATE_ID = 'bmrts-first-render';

/** What index.html holds in #root between these two comments (the splash) is replaced by the page the server drew. */
export const FIRST_RENDER_SLOT = { open: '<!--bmrts:splash-->', close: '<!--/bmrts:splash-->' } as const;
