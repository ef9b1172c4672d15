// The route guard of the administration screens: only whom the server lets administer (the session's pages) gets past it.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePages } from '../../lib/session';

export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const pages = usePages();
  if (!pages.administration) {
    return (
      <section className="card" data-testid="admin-forbidden">
        <h1>{t('admin.forbidden')}</h1>
        <Link to="/">{t('app.backHome')}</Link>
      </section>
    );
  }
  return <>{children}</>;
}
