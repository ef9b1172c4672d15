// The entry point: fonts, styles, i18n, then the providers and the router. (zod's settings come first, from
// public/zod-settings.js: see index.html.)
import './fonts.css';
import './styles.css';
import './phone.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { registerServiceWorker } from './service-worker-registration';
import { preloadPageOf } from './lazy-pages';

preloadPageOf(window.location.pathname);

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
