// The header's sign-out button; the shell then sends the user to the login page.
import { useTranslation } from 'react-i18next';
import { useSignOut } from './api';

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className="button button-ghost button-small"
      data-testid="sign-out"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate()}
    >
      {t('user.signOut')}
    </button>
  );
}
