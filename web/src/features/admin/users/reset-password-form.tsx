// Setting a new password for a user who forgot theirs.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../lib/field';
import { useResetPassword } from '../api/users';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../api/types';

export function ResetPasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = touched && password.length < MIN_PASSWORD;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (password.length < MIN_PASSWORD) return;
    reset.mutate(
      { id: userId, password },
      {
        onSuccess: () => {
          setPassword('');
          setTouched(false);
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="admin-subform" data-testid="reset-password-form">
      <h3>{t('admin.users.resetPassword')}</h3>
      <Field
        id="reset-password"
        label={t('admin.users.newPassword')}
        hint={t('admin.users.passwordHint', { n: MIN_PASSWORD })}
        error={tooShort ? t('admin.users.passwordTooShort', { n: MIN_PASSWORD }) : undefined}
      >
        <input
          id="reset-password"
          data-testid="reset-password"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={tooShort || undefined}
        />
      </Field>
      {reset.isError ? <FormProblem error={reset.error} /> : null}
      {reset.isSuccess ? <SavedNotice text={t('admin.users.passwordReset')} /> : null}
      <button type="submit" className="button" disabled={reset.isPending} data-testid="reset-password-submit">
        {reset.isPending ? t('admin.saving') : t('admin.users.resetPassword')}
      </button>
    </form>
  );
}
