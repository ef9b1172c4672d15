// The entry point: the styles, then the page at this address starts loading, and the app starts once the splash in
// index.html has been painted. (zod's settings come first, from public/zod-settings.js: see index.html.)
//
// Why the wait: evaluating React, the router and the catalogues and rendering the first page is one long task (a few
// hundred milliseconds on a mid-range phone). Run straight after the HTML is parsed, it comes before the first paint, so
// the screen stays blank through it. The app's chunks are already being fetched meanwhile (index.html modulepreloads
// them: vite.config.ts), so waiting for one frame costs nothing but that frame.
import './fonts.css';
import './styles.css';
import './phone.css';
import { FIRST_RENDER_STATE_ID } from '@bmrts/shared';
import { preloadPageOf } from './page-loaders';
import { thApp } from './i18n/th-app';
import { TAKEN_OVER_EVENT } from './taken-over';

// A page the server drew is already on screen: its chunk can wait for the paint like the rest (a request started before
// the first paint delays it on a slow network). The splash is not the page: its chunk is asked for at once.
const drawn = document.getElementById(FIRST_RENDER_STATE_ID) !== null;
if (!drawn) preloadPageOf(window.location.pathname);

/**
 * A form sent on a drawn page before React has taken it over would go by the browser's own means (a reload, nothing
 * done): it is held instead, and sent again once React is there (TAKEN_OVER_EVENT), so the tap is not lost.
 */
let held: { form: HTMLFormElement; submitter: HTMLElement | null } | null = null;
function holdSubmit(event: SubmitEvent): void {
  event.preventDefault();
  if (event.target instanceof HTMLFormElement) held = { form: event.target, submitter: event.submitter };
}
if (drawn) {
  document.addEventListener('submit', holdSubmit, true);
  window.addEventListener(
    TAKEN_OVER_EVENT,
    () => {
      document.removeEventListener('submit', holdSubmit, true);
      if (held?.form.isConnected) held.form.requestSubmit(held.submitter?.isConnected ? held.submitter : null);
      held = null;
    },
    { once: true },
  );
}

function start(): void {
  if (drawn) preloadPageOf(window.location.pathname);
  import('./start').catch(() => {
    // The app could not be fetched (offline with nothing cached, a deploy mid-load): say so instead of loading forever.
    const line = document.querySelector('.app-shell-loading');
    if (line) line.textContent = thApp.networkError;
  });
}

if (document.visibilityState === 'hidden') {
  // A tab opened in the background paints nothing and runs no animation frame: start at once.
  start();
} else {
  requestAnimationFrame(() => {
    // After this frame is painted (a timeout queued from rAF runs after the paint).
    setTimeout(start, 0);
  });
}
