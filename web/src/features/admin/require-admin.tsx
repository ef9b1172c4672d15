// The route guard of the administration screens: only an administrator gets past it.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../lib/session';

export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (!user?.isAdmin) {
    return (
      <section className="card" data-testid="admin-forbidden">
        <h1>{t('admin.forbidden')}</h1>
        <Link to="/">{t('app.backHome')}</Link>
      </section>
    );
  }
  return <>{children}</>;
}
