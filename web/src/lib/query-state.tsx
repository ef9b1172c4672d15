// How every page shows loading and failure, so they look and read the same.
import { useTranslation } from 'react-i18next';
import { errorMessageOf } from './api-client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <span>{errorMessageOf(error)}</span>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
