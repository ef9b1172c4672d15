// The level select and, depending on the level, the unit, section or division select.
import { useTranslation } from 'react-i18next';
import { LEVELS, LEVEL_TITLES } from '@bmrts/shared';
import { Field } from '../../../lib/field';
import { useLang } from '../../../lib/use-lang';
import type { AdminUnit, Organisation } from '../api/types';
import { needsDivision, needsSection, needsUnit, sectionsOf } from './placement';
import type { Placement } from './placement';

interface Props {
  idPrefix: string;
  value: Placement;
  onChange: (next: Placement) => void;
  units: readonly AdminUnit[];
  org: Organisation | undefined;
}

const NONE = '';

export function PlacementFields({ idPrefix, value, onChange, units, org }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const sections = sectionsOf(org);
  return (
    <div className="grid-2">
      <Field id={`${idPrefix}-level`} label={t('admin.users.level')}>
        <select
          id={`${idPrefix}-level`}
          data-testid={`${idPrefix}-level`}
          value={value.level ?? NONE}
          onChange={(e) => onChange({ ...value, level: e.target.value === NONE ? null : Number(e.target.value) })}
        >
          <option value={NONE}>{t('admin.users.levelNone')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t('user.levelTitle', { level, title: LEVEL_TITLES[level][lang] })}
            </option>
          ))}
        </select>
      </Field>
      {needsUnit(value.level) ? (
        <Field id={`${idPrefix}-unit`} label={t('admin.users.unit')} required>
          <select
            id={`${idPrefix}-unit`}
            data-testid={`${idPrefix}-unit`}
            required
            value={value.unitCode ?? NONE}
            onChange={(e) => onChange({ ...value, unitCode: e.target.value || null })}
          >
            <option value={NONE}>{t('form.choose')}</option>
            {units
              .filter((u) => u.active || u.code === value.unitCode)
              .map((u) => (
                <option key={u.code} value={u.code}>
                  {u.code} {lang === 'th' ? u.nameTh : u.nameEn}
                </option>
              ))}
          </select>
        </Field>
      ) : null}
      {needsSection(value.level) ? (
        <Field id={`${idPrefix}-section`} label={t('admin.users.section')}>
          <select
            id={`${idPrefix}-section`}
            data-testid={`${idPrefix}-section`}
            value={value.sectionId ?? NONE}
            onChange={(e) => onChange({ ...value, sectionId: e.target.value || null })}
          >
            <option value={NONE}>{t('form.choose')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name[lang]}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {needsDivision(value.level) ? (
        <Field id={`${idPrefix}-division`} label={t('admin.users.division')}>
          <select
            id={`${idPrefix}-division`}
            data-testid={`${idPrefix}-division`}
            value={value.divisionId ?? NONE}
            onChange={(e) => onChange({ ...value, divisionId: e.target.value || null })}
          >
            <option value={NONE}>{t('form.choose')}</option>
            {(org?.divisions ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[lang]}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </div>
  );
}
