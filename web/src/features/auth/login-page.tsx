// The login page: username and password, the server's message when they are wrong.
import { useState } from 'react';
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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const destination = destinationOf(location.state);

  if (session.data) return <Navigate to={destination} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
        <form onSubmit={onSubmit} noValidate={false}>
          <div className="field">
            <label htmlFor="login-username">{t('auth.username')}</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              data-testid="login-username"
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('auth.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
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
