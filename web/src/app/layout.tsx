// The signed-in shell: header with the app name, who is signed in and notifications; below it the navigation, language
// and sign-out, which on a phone fold into the menu the header's button opens (site-menu.ts).
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
import { useSiteMenu } from './site-menu';

export function Layout() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useSessionUser();
  const pages = usePages();
  const menu = useSiteMenu();
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
      <header className="site-header" data-menu-open={menu.open}>
        <div className="site-header-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              {t('app.mark')}
            </span>
            <span className="brand-words">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-org">{t('app.org')}</span>
            </span>
          </div>
          <div className="user-box">
            {user ? (
              <span className="user-id" data-testid="current-user">
                <span className="user-name">{user.displayName}</span>
                <span className="user-role">{role}</span>
              </span>
            ) : null}
            {user ? <NotificationBell /> : null}
            <button
              ref={menu.button}
              type="button"
              className="button button-ghost menu-button"
              aria-expanded={menu.open}
              aria-controls="site-menu"
              onClick={menu.toggle}
              data-testid="menu-button"
            >
              <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
                <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
              </svg>
              <span className="menu-button-text">{t('phone.menu')}</span>
            </button>
          </div>
        </div>
        {/* On a phone this band is the menu the button opens; at a desk it is always shown below the header's row. */}
        <div id="site-menu" className="site-menu" ref={menu.menu}>
          <div className="site-menu-inner">
            <nav className="main-nav" aria-label={t('nav.label')}>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
              <NavLink to="/requests" end>
                {t('nav.requests')}
              </NavLink>
              {pages.newRequest ? <NavLink to="/requests/new">{t('nav.newRequest')}</NavLink> : null}
              {/* Every signed-in person reads the lines of their units and the central fund's (GET /api/budget-report). */}
              <NavLink to="/budget" data-testid="nav-budget">
                {t('budgetReport.nav')}
              </NavLink>
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
            </nav>
            <div className="menu-account">
              {user ? <ActingNote acting={user.acting} /> : null}
              <LanguageSwitch />
              <SignOutButton />
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
