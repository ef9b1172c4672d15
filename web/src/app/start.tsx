// The app itself: i18n, React, the providers and the router, in #root. main.tsx loads this module once the page is on
// screen. When the server drew the page (web-app.ts, entry-server.tsx), #root holds that markup and the answers it was
// drawn from sit beside it: React takes the markup over (hydrateRoot) with those answers in its cache, in a transition so
// the work is cut into slices and a tap is never kept waiting behind it. Otherwise #root holds the splash, replaced.
import './i18n';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { AppProviders, createQueryClient } from './providers';
import { AppRouter } from './router';
import { registerServiceWorker } from './service-worker-registration';
import { FIRST_RENDER_STATE_ID } from '@bmrts/shared';
import { preloadPageOf } from './page-loaders';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <AppProviders client={queryClient}>
      <AppRouter />
    </AppProviders>
  </StrictMode>
);

/** The answers the server drew the page from; null when it did not draw it (or they cannot be read: then drawn anew). */
function drawnState(): unknown {
  try {
    const text = document.getElementById(FIRST_RENDER_STATE_ID)?.textContent;
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

const drawn = drawnState();
if (drawn) {
  hydrate(queryClient, drawn);
  // The page's own chunk first (main.tsx has asked for it): the page is then taken over whole, in one go.
  void preloadPageOf(window.location.pathname).then(() =>
    startTransition(() => {
      hydrateRoot(root, app, {
        // React redraws what did not match (the client's clock passing midnight, say); worth a line in the console.
        onRecoverableError: (error) => console.warn('bmrts: first page redrawn in the browser:', error),
      });
    }),
  );
} else {
  createRoot(root).render(app);
}

registerServiceWorker();
