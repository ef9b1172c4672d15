// The chosen UI language, kept in localStorage so it survives a reload; Thai unless English was chosen.
import i18next from 'i18next';
import type { Lang } from '@bmrts/shared';

const STORAGE_KEY = 'bmrts.lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th'; // storage may be blocked; Thai is the default anyway
  }
}

export function setLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted when storage is blocked; the switch still applies to this visit
  }
  void i18next.changeLanguage(lang);
}
