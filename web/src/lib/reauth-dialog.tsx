// The password asked again before a senior decision (levels 5–8): a modal dialog that calls POST /api/session/reauth
// and, once the server accepts the password, hands back so the caller can retry what it was doing.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, errorMessageOf } from './api-client';

interface Props {
  /** What will be retried, in words, e.g. "เห็นชอบ / อนุมัติ". */
  action: string;
  onConfirmed: () => void;
  onCancel: () => void;
}

export function ReauthDialog({ action, onConfirmed, onCancel }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const reauth = useMutation({ mutationFn: (pw: string) => call(client.api.session.reauth.$post({ json: { password: pw } })) });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password === '') return;
    reauth.mutate(password, {
      onSuccess: () => {
        setPassword('');
        onConfirmed();
      },
      onError: () => setPassword(''),
    });
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="reauth-title"
      aria-describedby="reauth-intro"
      data-testid="reauth-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id="reauth-title">{t('actions.reauthTitle')}</h2>
        <p id="reauth-intro" className="small">
          {t('actions.reauthIntro', { action })}
        </p>
        <div className="field">
          <label htmlFor="reauth-password">{t('actions.reauthPassword')}</label>
          <input
            id="reauth-password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="reauth-password"
            aria-invalid={reauth.isError || undefined}
            aria-describedby={reauth.isError ? 'reauth-error' : undefined}
          />
        </div>
        {reauth.isError ? (
          <p className="field-error" id="reauth-error" role="alert" data-testid="reauth-error">
            {errorMessageOf(reauth.error)}
          </p>
        ) : null}
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={reauth.isPending || password === ''}
            data-testid="reauth-submit"
          >
            {reauth.isPending ? t('actions.reauthChecking') : t('actions.reauthSubmit')}
          </button>
          <button type="button" className="button" onClick={onCancel} data-testid="reauth-cancel">
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
