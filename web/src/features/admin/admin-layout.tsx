// The administration area: its own sub-navigation above whichever admin page is open.
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAdmin } from './require-admin';

const SECTIONS = [
  'users',
  'units',
  'appointments',
  'rules',
  'holidays',
  'targets',
  'surveys',
  'imports',
  'budget-check',
  'budget-import',
  'audit',
  'verify',
  'scheduler',
  'webhooks',
] as const;

export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <RequireAdmin>
      <div className="admin">
        <nav className="admin-nav" aria-label={t('admin.nav')}>
          {SECTIONS.map((section) => (
            <NavLink key={section} to={`/admin/${section}`} data-testid={`admin-nav-${section}`}>
              {t(`admin.sections.${section}`)}
            </NavLink>
          ))}
        </nav>
        <Outlet />
      </div>
    </RequireAdmin>
  );
}
