// i18next set up with the Thai and English catalogues; Thai first, the choice kept in localStorage.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLang } from '../../lib/language';
import { en } from './en';
import { th } from './th';

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});

void i18next.use(initReactI18next).init({
  resources: { th: { translation: th }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'th',
  interpolation: { escapeValue: false }, // React escapes already
});
document.documentElement.lang = i18next.language;
