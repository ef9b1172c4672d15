// Adding a budget unit, or renaming one: code and kind only when adding; Thai and English names and zone.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../lib/field';
import { useCreateUnit, useUpdateUnit } from '../api/units';
import type { AdminUnit, UNIT_KINDS } from '../api/types';
import { FormProblem } from '../components/form-problem';

type UnitKind = (typeof UNIT_KINDS)[number];

interface Props {
  /** The unit to rename; none to add a new one. */
  unit: AdminUnit | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function UnitForm({ unit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [code, setCode] = useState(unit?.code ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind === 'district' ? 'district' : 'department');
  const [nameTh, setNameTh] = useState(unit?.nameTh ?? '');
  const [nameEn, setNameEn] = useState(unit?.nameEn ?? '');
  const [groupTh, setGroupTh] = useState(unit?.groupTh ?? '');
  const [groupEn, setGroupEn] = useState(unit?.groupEn ?? '');
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const prefix = unit ? 'edit-unit' : 'new-unit';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const names = { nameTh: nameTh.trim(), nameEn: nameEn.trim(), groupTh: groupTh.trim() || null, groupEn: groupEn.trim() || null };
    if (unit) {
      update.mutate({ code: unit.code, body: names }, { onSuccess: () => onDone(t('admin.units.updated')) });
    } else {
      const newCode = code.trim().toUpperCase();
      create.mutate({ code: newCode, kind, ...names }, { onSuccess: () => onDone(t('admin.units.created', { code: newCode })) });
    }
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} aria-labelledby={`${prefix}-title`} data-testid={`${prefix}-form`}>
      <h2 id={`${prefix}-title`}>{unit ? t('admin.units.renameOf', { code: unit.code }) : t('admin.units.createTitle')}</h2>
      {unit ? null : (
        <div className="grid-2">
          <Field id="new-unit-code" label={t('admin.units.code')} hint={t('admin.units.codeHint')} required>
            <input
              id="new-unit-code"
              data-testid="new-unit-code"
              required
              pattern="[A-Za-z][0-9]{2}"
              className="mono"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-describedby="new-unit-code-hint"
            />
          </Field>
          <Field id="new-unit-kind" label={t('admin.units.kind')} required>
            <select
              id="new-unit-kind"
              data-testid="new-unit-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'district' ? 'district' : 'department')}
            >
              <option value="department">{t('admin.units.kindDepartment')}</option>
              <option value="district">{t('admin.units.kindDistrict')}</option>
            </select>
          </Field>
        </div>
      )}
      <div className="grid-2">
        <Field id={`${prefix}-name-th`} label={t('admin.units.nameTh')} required>
          <input
            id={`${prefix}-name-th`}
            data-testid={`${prefix}-name-th`}
            required
            lang="th"
            value={nameTh}
            onChange={(e) => setNameTh(e.target.value)}
          />
        </Field>
        <Field id={`${prefix}-name-en`} label={t('admin.units.nameEn')} required>
          <input
            id={`${prefix}-name-en`}
            data-testid={`${prefix}-name-en`}
            required
            lang="en"
            value={nameEn}
            onChange={(e) => setNameEn(e.target.value)}
          />
        </Field>
        <Field id={`${prefix}-group-th`} label={t('admin.units.groupTh')}>
          <input id={`${prefix}-group-th`} lang="th" value={groupTh} onChange={(e) => setGroupTh(e.target.value)} />
        </Field>
        <Field id={`${prefix}-group-en`} label={t('admin.units.groupEn')}>
          <input id={`${prefix}-group-en`} lang="en" value={groupEn} onChange={(e) => setGroupEn(e.target.value)} />
        </Field>
      </div>
      {error ? <FormProblem error={error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving} data-testid={`${prefix}-submit`}>
          {saving ? t('admin.saving') : unit ? t('admin.save') : t('admin.units.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
