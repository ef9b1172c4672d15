// The signed-in shell: header with the app name, navigation, who is signed in, notifications, language and sign-out.
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, isLevel } from '@bmrts/shared';
import { SignOutButton } from '../features/auth/sign-out-button';
import { NotificationBell } from '../features/notifications/notification-bell';
import { SurveyNavLink } from '../features/surveys/survey-nav-link';
import { Loading } from '../lib/query-state';
import { usePages, useSessionUser } from '../lib/session';
import { useLang } from '../lib/use-lang';
import { LanguageSwitch } from '../lib/language-switch';
import { ActingNote } from './acting-note';

export function Layout() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useSessionUser();
  const pages = usePages();
  const role =
    user === null
      ? ''
      : user.isAdmin || user.level === null || !isLevel(user.level)
        ? t('user.admin')
        : t('user.levelTitle', { level: user.level, title: LEVEL_TITLES[user.level][lang] });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              {t('app.mark')}
            </span>
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-org">{t('app.org')}</span>
            </span>
          </div>
          <div className="user-box">
            {user ? (
              <span className="user-id" data-testid="current-user">
                <span className="user-name">{user.displayName}</span>
                <span className="user-role">{role}</span>
                <ActingNote acting={user.acting} />
              </span>
            ) : null}
            {user ? <NotificationBell /> : null}
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <div className="main-nav-inner">
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/requests" end>
              {t('nav.requests')}
            </NavLink>
            {pages.newRequest ? <NavLink to="/requests/new">{t('nav.newRequest')}</NavLink> : null}
            {pages.overview ? (
              <NavLink to="/overview" data-testid="nav-overview">
                {t('nav.overview')}
              </NavLink>
            ) : null}
            {pages.councilReport ? (
              <NavLink to="/reports/council" data-testid="nav-council-report">
                {t('councilReport.nav')}
              </NavLink>
            ) : null}
            {pages.administration ? (
              <NavLink to="/admin" data-testid="nav-admin">
                {t('nav.admin')}
              </NavLink>
            ) : null}
            <SurveyNavLink />
            <NavLink to="/settings" data-testid="nav-settings">
              {t('nav.settings')}
            </NavLink>
          </div>
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
