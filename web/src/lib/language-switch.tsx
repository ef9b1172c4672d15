// One button that flips the UI between Thai and English.
import { useTranslation } from 'react-i18next';
import { setLanguage } from './language';
import { useLang } from './use-lang';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'th' ? 'en' : 'th';
  return (
    <button
      type="button"
      className="button button-ghost button-small"
      lang={other}
      aria-label={t('user.switchLanguageLabel')}
      data-testid="language-switch"
      onClick={() => setLanguage(other)}
    >
      {t('user.switchLanguage')}
    </button>
  );
}
