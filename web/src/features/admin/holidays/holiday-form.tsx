// Adding or editing a public holiday: the date (fixed once saved), its Thai and English names, its kind and, for a
// substitution day, the weekend holiday it stands in for.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiCalendarDate } from '@bmrts/shared';
import { Field, describedBy } from '../../../lib/field';
import { ThaiDateInput } from '../../../lib/thai-date-input';
import { useLang } from '../../../lib/use-lang';
import { useAddHoliday, useUpdateHoliday } from '../api/holidays';
import { HOLIDAY_KINDS } from '../api/types';
import type { Holiday } from '../api/types';
import { FormProblem } from '../components/form-problem';
import { isHolidayKind } from './holiday-kind';
import type { HolidayKind } from './holiday-kind';

interface Props {
  /** The holiday to edit; absent to add a new one. */
  editing?: Holiday;
  onDone: (date: string) => void;
  onCancel: () => void;
}

export function HolidayForm({ editing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const add = useAddHoliday();
  const update = useUpdateHoliday();
  const saving = editing ? update : add;
  const [date, setDate] = useState(editing?.date ?? '');
  const [nameTh, setNameTh] = useState(editing?.nameTh ?? '');
  const [nameEn, setNameEn] = useState(editing?.nameEn ?? '');
  const [kind, setKind] = useState<HolidayKind>(editing && isHolidayKind(editing.kind) ? editing.kind : 'special');
  const [substitutes, setSubstitutes] = useState(editing?.substitutes ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = {
      nameTh: nameTh.trim(),
      nameEn: nameEn.trim(),
      kind,
      substitutes: kind === 'substitution' && substitutes ? substitutes : null,
    };
    if (editing) update.mutate({ date: editing.date, body: fields }, { onSuccess: () => onDone(editing.date) });
    else add.mutate({ date, ...fields }, { onSuccess: () => onDone(date) });
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} aria-labelledby="holiday-form-title" data-testid="holiday-form">
      <h2 id="holiday-form-title">
        {editing ? t('admin.holidays.editTitle', { date: formatThaiCalendarDate(editing.date, lang) }) : t('admin.holidays.addTitle')}
      </h2>
      <div className="grid-2">
        <Field id="holiday-date" label={t('admin.holidays.date')} required>
          <ThaiDateInput
            id="holiday-date"
            testId="holiday-date"
            label={t('admin.holidays.date')}
            required
            value={date}
            disabled={editing !== undefined}
            onChange={setDate}
          />
        </Field>
        <Field id="holiday-kind" label={t('admin.holidays.kind')} required>
          <select
            id="holiday-kind"
            data-testid="holiday-kind"
            value={kind}
            onChange={(e) => {
              if (isHolidayKind(e.target.value)) setKind(e.target.value);
            }}
          >
            {HOLIDAY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`admin.holidays.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="holiday-name-th" label={t('admin.holidays.nameTh')} required>
          <input
            id="holiday-name-th"
            data-testid="holiday-name-th"
            lang="th"
            required
            value={nameTh}
            onChange={(e) => setNameTh(e.target.value)}
          />
        </Field>
        <Field id="holiday-name-en" label={t('admin.holidays.nameEn')} required>
          <input
            id="holiday-name-en"
            data-testid="holiday-name-en"
            lang="en"
            required
            value={nameEn}
            onChange={(e) => setNameEn(e.target.value)}
          />
        </Field>
        {kind === 'substitution' ? (
          <Field id="holiday-substitutes" label={t('admin.holidays.substitutes')} hint={t('admin.holidays.substitutesHint')}>
            <ThaiDateInput
              {...describedBy('holiday-substitutes', undefined, t('admin.holidays.substitutesHint'))}
              testId="holiday-substitutes"
              label={t('admin.holidays.substitutes')}
              value={substitutes}
              onChange={setSubstitutes}
            />
          </Field>
        ) : null}
      </div>
      {saving.isError ? <FormProblem error={saving.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving.isPending} data-testid="holiday-submit">
          {saving.isPending ? t('admin.saving') : editing ? t('admin.holidays.save') : t('admin.holidays.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
