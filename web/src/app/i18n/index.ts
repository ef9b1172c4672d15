// i18next set up with the Thai and English catalogues; Thai first, in the language the page came in (lib/language.ts).
// The server's first render (entry-server.tsx) loads this too, with no document: it sets the language per page itself.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { moveOldChoice, pageLang } from '../../lib/language';
import { en } from './en';
import { th } from './th';

const inBrowser = typeof document !== 'undefined';

if (inBrowser) {
  i18next.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
  });
}

void i18next.use(initReactI18next).init({
  resources: { th: { translation: th }, en: { translation: en } },
  lng: pageLang(),
  fallbackLng: 'th',
  interpolation: { escapeValue: false }, // React escapes already
  showSupportNotice: false, // i18next's advertisement in the console, and in the server's log when it renders a page
});

// After the first page is up, not in its way.
if (inBrowser) setTimeout(moveOldChoice, 3_000);
