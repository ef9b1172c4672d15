// The entry point: the styles, then the page at this address starts loading, and the app starts once what the server
// sent (the page itself, drawn by the server, or else the splash) has been painted. (zod's settings come first, from
// public/zod-settings.js: see index.html.)
//
// Why the wait: evaluating React, the router and the catalogues and rendering the first page is long work (a few hundred
// milliseconds on a mid-range phone). Run straight after the HTML is parsed, it comes before the first paint, so the
// screen stays blank through it. With the splash, the app's chunks are already being fetched meanwhile (index.html
// modulepreloads them: vite.config.ts); a drawn page comes without those, and its chunks are asked for after the paint.
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
 * Until React has taken over a drawn page, its fields and buttons wait, disabled: React would empty a field typed into
 * before then and a tap would do nothing. Links work as links meanwhile. Those the page itself drew disabled stay as
 * React has them. A part of the page whose code comes later (the edit form, say) is taken over after the rest: each
 * control is let go once React holds it, which React marks on the element itself (its props under `__reactProps$…`).
 */
function holdControls(): () => void {
  const controls = document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    '#root button, #root input, #root select, #root textarea',
  );
  let held = [...controls].filter((control) => !control.disabled);
  for (const control of held) control.disabled = true;
  const heldByReact = (control: Element) => Object.keys(control).some((key) => key.startsWith('__reactProps$'));
  const release = () => {
    held = held.filter((control) => {
      if (!control.isConnected) return false;
      if (!heldByReact(control)) return true;
      control.disabled = false;
      return false;
    });
    if (held.length > 0) setTimeout(release, 50);
  };
  window.addEventListener(TAKEN_OVER_EVENT, release, { once: true });
  return () => {
    for (const control of held) control.disabled = false;
    held = [];
  };
}
const letGo = drawn ? holdControls() : () => undefined;

function start(): void {
  if (drawn) preloadPageOf(window.location.pathname);
  import('./start').catch(() => {
    // The app could not be fetched (offline with nothing cached, a deploy mid-load): say so instead of loading forever.
    // On a drawn page the fields go back to the browser (a form then sends as a plain page would) and the line goes on top.
    letGo();
    const line = document.querySelector('.app-shell-loading');
    if (line) {
      line.textContent = thApp.networkError;
    } else {
      const notice = document.createElement('p');
      notice.className = 'notice notice-error';
      notice.setAttribute('role', 'alert');
      notice.textContent = thApp.networkError;
      document.querySelector('#root main')?.prepend(notice);
    }
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
