// Editing a user's display name, level and placement, and (levels 5–8) the units they oversee.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isExecutiveLevel, MAX_PHONE_EXTENSION_LENGTH } from '@bmrts/shared';
import { Field } from '../../../lib/field';
import { useUpdateUser } from '../api/users';
import type { AdminUnit, AdminUser, Organisation } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { UnitChecklist } from '../components/unit-checklist';
import { PlacementFields } from './placement-fields';
import { normalisePlacement, placementOf } from './placement';

export function UserDetailsForm({ user, units, org }: { user: AdminUser; units: readonly AdminUnit[]; org: Organisation | undefined }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [phoneExtension, setPhoneExtension] = useState(user.phoneExtension ?? '');
  const [placement, setPlacement] = useState(placementOf(user));
  const [scope, setScope] = useState<string[]>(user.executiveScope);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const p = normalisePlacement(placement);
    update.mutate({
      id: user.id,
      body: {
        displayName: displayName.trim(),
        phoneExtension,
        ...(user.isAdmin ? {} : { level: p.level, unitCode: p.unitCode, sectionId: p.sectionId, divisionId: p.divisionId }),
        ...(isExecutiveLevel(p.level) ? { executiveScope: scope } : {}),
      },
    });
  }

  return (
    <form onSubmit={onSubmit} data-testid="edit-user-form">
      <Field id="edit-user-name" label={t('admin.users.displayName')} required>
        <input
          id="edit-user-name"
          data-testid="edit-user-name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </Field>
      <Field
        id="edit-user-extension"
        label={t('contact.extension')}
        hint={t('contact.extensionHint')}
        limit={{ text: phoneExtension, max: MAX_PHONE_EXTENSION_LENGTH }}
      >
        <input
          id="edit-user-extension"
          data-testid="edit-user-extension"
          inputMode="tel"
          value={phoneExtension}
          onChange={(e) => setPhoneExtension(e.target.value)}
          aria-describedby="edit-user-extension-hint"
        />
      </Field>
      {user.isAdmin ? null : <PlacementFields idPrefix="edit-user" value={placement} onChange={setPlacement} units={units} org={org} />}
      {isExecutiveLevel(placement.level) ? (
        <UnitChecklist
          units={units}
          selected={scope}
          onChange={setScope}
          legend={t('admin.users.executiveScope')}
          hint={t('admin.users.executiveScopeHint')}
          noneMeans={t('admin.users.executiveAll')}
          testId="executive-scope"
        />
      ) : null}
      {update.isError ? <FormProblem error={update.error} /> : null}
      {update.isSuccess ? <SavedNotice text={t('admin.users.updated')} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={update.isPending} data-testid="edit-user-save">
          {update.isPending ? t('admin.saving') : t('admin.save')}
        </button>
      </div>
    </form>
  );
}
