// Who a round invites: every user, or the users at the chosen levels and the staff of the chosen budget units.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, LEVELS } from '@bmrts/shared';
import type { SurveyInvitation } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { useBudgetUnits } from './api';

interface Props {
  invitation: SurveyInvitation;
  onChange: (invitation: SurveyInvitation) => void;
  readOnly: boolean;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function InvitationFields({ invitation, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useBudgetUnits();
  const name = useId();
  const chosen = !invitation.allUsers;

  return (
    <fieldset className="fieldset" disabled={readOnly} data-testid="invitation-fields">
      <legend>{t('surveys.form.invitation')}</legend>
      <label className="check">
        <input
          type="radio"
          name={name}
          checked={invitation.allUsers}
          onChange={() => onChange({ ...invitation, allUsers: true })}
          data-testid="invite-all"
        />
        <span>{t('surveys.form.inviteAll')}</span>
      </label>
      <label className="check">
        <input
          type="radio"
          name={name}
          checked={chosen}
          onChange={() => onChange({ ...invitation, allUsers: false })}
          data-testid="invite-chosen"
        />
        <span>{t('surveys.form.inviteChosen')}</span>
      </label>
      {chosen ? (
        <div className="invitation-choices">
          <fieldset className="fieldset">
            <legend>{t('surveys.form.levels')}</legend>
            <div className="check-grid">
              {LEVELS.map((level) => (
                <label key={level} className="check">
                  <input
                    type="checkbox"
                    checked={invitation.levels.includes(level)}
                    data-testid={`invite-level-${level}`}
                    onChange={(e) =>
                      onChange({ ...invitation, levels: toggled(invitation.levels, level, e.target.checked).sort((a, b) => a - b) })
                    }
                  />
                  <span>{t('surveys.form.levelValue', { level, title: LEVEL_TITLES[level][lang] })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('surveys.form.units')}</legend>
            <p className="hint">{t('surveys.form.unitsHint')}</p>
            <div className="check-grid checklist-grid">
              {(units.data?.items ?? []).map((unit) => (
                <label key={unit.code} className="check">
                  <input
                    type="checkbox"
                    checked={invitation.unitCodes.includes(unit.code)}
                    data-testid={`invite-unit-${unit.code}`}
                    onChange={(e) =>
                      onChange({ ...invitation, unitCodes: toggled(invitation.unitCodes, unit.code, e.target.checked).sort() })
                    }
                  />
                  <span>
                    <span className="mono small muted">{unit.code}</span> {unit.name[lang]}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
    </fieldset>
  );
}
