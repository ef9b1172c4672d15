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
import { preloadPageOf } from './page-loaders';
import { thApp } from './i18n/th-app';

preloadPageOf(window.location.pathname);

function start(): void {
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
