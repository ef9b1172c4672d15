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

preloadPageOf(window.location.pathname);

requestAnimationFrame(() => {
  // After this frame is painted (a timeout queued from rAF runs after the paint).
  setTimeout(() => {
    void import('./start');
  }, 0);
});
