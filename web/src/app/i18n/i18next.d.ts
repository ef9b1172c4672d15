// Types t('…') keys against the Thai catalogue.
import 'i18next';
import type { th } from './th';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof th };
  }
}
