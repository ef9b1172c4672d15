// The chosen UI language: Thai unless English was chosen. Kept in a cookie the server reads, so every page comes with
// <html lang> already in that language (server/src/http/web-app.ts) and a page the server draws is drawn in it; the app
// starts in the language <html lang> names (reading the cookie itself would cost a round trip to the browser's cookie
// store at start). Earlier the choice was kept in localStorage only: moveOldChoice carries it over once.
import i18next from 'i18next';
import { LANG_COOKIE, type Lang } from '@bmrts/shared';

const STORAGE_KEY = 'bmrts.lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language the page came in; Thai where there is no page (the server's render sets its own). */
export function pageLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'th';
}

function keepLanguage(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}

export function setLanguage(lang: Lang): void {
  keepLanguage(lang);
  void i18next.changeLanguage(lang);
}

/** English chosen before the cookie existed (kept in localStorage only): kept in the cookie now, and switched to. */
export function moveOldChoice(): void {
  try {
    if (localStorage.getItem(STORAGE_KEY) !== 'en') return;
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    return; // storage blocked: nothing was kept there
  }
  if (!document.cookie.includes(`${LANG_COOKIE}=`)) setLanguage('en');
}
