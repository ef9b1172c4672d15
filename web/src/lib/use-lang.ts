// The UI language as the shared formatters want it, and picking the right half of a bilingual text.
import { useTranslation } from 'react-i18next';
import type { Bilingual, Lang } from '@bmrts/shared';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'th';
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
