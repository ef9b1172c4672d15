// One user opened for editing: details, active or not, password reset and (for an analyst) the portfolio.
import { useTranslation } from 'react-i18next';
import { holdsPortfolio } from '@bmrts/shared';
import { useUpdateUser } from '../api/users';
import type { AdminUnit, AdminUser, Organisation } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { PortfolioEditor } from './portfolio-editor';
import { ResetPasswordForm } from './reset-password-form';
import { UserDetailsForm } from './user-details-form';

interface Props {
  user: AdminUser;
  units: readonly AdminUnit[];
  org: Organisation | undefined;
  onClose: () => void;
}

export function EditUserPanel({ user, units, org, onClose }: Props) {
  const { t } = useTranslation();
  const toggle = useUpdateUser();
  return (
    <section className="card admin-form" aria-labelledby="edit-user-title" data-testid="edit-user-panel">
      <div className="section-head">
        <h2 id="edit-user-title">{t('admin.users.editTitle', { name: user.displayName })}</h2>
        <button type="button" className="button button-small" onClick={onClose} data-testid="edit-user-close">
          {t('admin.close')}
        </button>
      </div>
      <p className="small muted">
        <span className="mono">{user.username}</span>
      </p>
      {/* keyed by id so switching users starts the forms afresh */}
      <UserDetailsForm key={`details-${user.id}`} user={user} units={units} org={org} />
      <div className="admin-subform">
        <h3>
          {t('admin.users.status')}: {user.active ? t('admin.active') : t('admin.inactive')}
        </h3>
        {toggle.isError ? <FormProblem error={toggle.error} /> : null}
        {toggle.isSuccess ? (
          <SavedNotice
            text={
              user.active
                ? t('admin.users.reactivated', { name: user.displayName })
                : t('admin.users.deactivated', { name: user.displayName })
            }
          />
        ) : null}
        <button
          type="button"
          className={user.active ? 'button button-danger-outline' : 'button'}
          disabled={toggle.isPending}
          data-testid="user-toggle-active"
          onClick={() => toggle.mutate({ id: user.id, body: { active: !user.active } })}
        >
          {user.active ? t('admin.deactivate') : t('admin.reactivate')}
        </button>
      </div>
      <ResetPasswordForm key={`password-${user.id}`} userId={user.id} />
      {holdsPortfolio(user.level) ? <PortfolioEditor key={`portfolio-${user.id}`} user={user} units={units} /> : null}
    </section>
  );
}
