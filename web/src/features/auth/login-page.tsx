// The login page: username and password, the server's message when they are wrong.
import type { FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessageOf } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { useSignIn } from './api';
import { LanguageSwitch } from '../../lib/language-switch';

function destinationOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' && state.from.startsWith('/')) {
    return state.from;
  }
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const destination = destinationOf(location.state);

  if (session.data) return <Navigate to={destination} replace />;

  // The fields are read from the form, not kept in state: what was typed before the app took over the page the server
  // drew is still there (React would empty a field it controls when it takes the page over).
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '');
    const password = String(form.get('password') ?? '');
    signIn.mutate({ username: username.trim(), password }, { onSuccess: () => void navigate(destination, { replace: true }) });
  }

  return (
    <main className="login-page" id="main">
      <div className="login-card card">
        <div className="login-head">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-org">{t('app.org')}</p>
          </div>
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        {/* post: a form sent before the app has taken the page over (the server drew it) never puts the password in an address. */}
        <form onSubmit={onSubmit} noValidate={false} method="post">
          <div className="field">
            <label htmlFor="login-username">{t('auth.username')}</label>
            <input id="login-username" name="username" autoComplete="username" required data-testid="login-username" />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('auth.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              data-testid="login-password"
            />
          </div>
          {signIn.isError ? (
            <p className="notice notice-error" role="alert" data-testid="login-error">
              {errorMessageOf(signIn.error)}
            </p>
          ) : null}
          <button type="submit" className="button button-primary button-block" disabled={signIn.isPending} data-testid="login-submit">
            {signIn.isPending ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <div className="login-foot">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
