// The app itself: i18n, React, the providers and the router, rendered into #root over the splash index.html painted.
// main.tsx loads this module once that splash is on screen.
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { registerServiceWorker } from './service-worker-registration';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);

registerServiceWorker();
