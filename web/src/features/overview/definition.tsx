// "ⓘ ความหมาย": a figure's exact definition, one tap away (a native disclosure: keyboard and screen reader for free).
import { useTranslation } from 'react-i18next';

export function Definition({ figure, text, testId }: { figure: string; text: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <details className="dash-def" data-testid={testId}>
      <summary>
        <span className="dash-def-icon" aria-hidden="true">
          i
        </span>
        {t('dashboard.whatItMeans')}
        <span className="visually-hidden"> {figure}</span>
      </summary>
      <p className="small">{text}</p>
    </details>
  );
}
