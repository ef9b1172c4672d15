// Adding a user: username, display name, initial password, administrator or a level with its placement.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../lib/field';
import { useCreateUser } from '../api/users';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../api/types';
import type { AdminUnit, CreateUserBody, Organisation } from '../api/types';
import { FormProblem } from '../components/form-problem';
import { PlacementFields } from './placement-fields';
import { normalisePlacement } from './placement';
import type { Placement } from './placement';

interface Props {
  units: readonly AdminUnit[];
  org: Organisation | undefined;
  onCreated: (name: string) => void;
  onCancel: () => void;
}

export function CreateUserForm({ units, org, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [placement, setPlacement] = useState<Placement>({ level: 2, unitCode: null, sectionId: null, divisionId: null });
  const passwordShort = password.length > 0 && password.length < MIN_PASSWORD;

  /** Names the field a server issue is about, in the words of its label. */

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return;
    const p = normalisePlacement(placement);
    const body: CreateUserBody = {
      username: username.trim(),
      displayName: displayName.trim(),
      password,
      level: isAdmin ? null : p.level,
      isAdmin,
      ...(p.unitCode && !isAdmin ? { unitCode: p.unitCode } : {}),
      ...(p.sectionId && !isAdmin ? { sectionId: p.sectionId } : {}),
      ...(p.divisionId && !isAdmin ? { divisionId: p.divisionId } : {}),
    };
    create.mutate(body, { onSuccess: () => onCreated(body.displayName) });
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} aria-labelledby="create-user-title" data-testid="create-user-form">
      <h2 id="create-user-title">{t('admin.users.createTitle')}</h2>
      <div className="grid-2">
        <Field id="new-user-username" label={t('admin.users.username')} hint={t('admin.users.usernameHint')} required>
          <input
            id="new-user-username"
            data-testid="new-user-username"
            required
            autoComplete="off"
            autoCapitalize="none"
            aria-describedby="new-user-username-hint"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
        <Field id="new-user-name" label={t('admin.users.displayName')} required>
          <input
            id="new-user-name"
            data-testid="new-user-name"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </Field>
        <Field
          id="new-user-password"
          label={t('admin.users.password')}
          hint={t('admin.users.passwordHint', { n: MIN_PASSWORD })}
          required
          error={passwordShort ? t('admin.users.passwordTooShort', { n: MIN_PASSWORD }) : undefined}
        >
          <input
            id="new-user-password"
            data-testid="new-user-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={passwordShort || undefined}
          />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} data-testid="new-user-admin" />
        <span>{t('admin.users.isAdmin')}</span>
      </label>
      {isAdmin ? null : <PlacementFields idPrefix="new-user" value={placement} onChange={setPlacement} units={units} org={org} />}
      {create.isError ? <FormProblem error={create.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="new-user-submit">
          {create.isPending ? t('admin.saving') : t('admin.users.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
