// Adding a public holiday: the date, its Thai and English names and its kind.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../lib/field';
import { useAddHoliday } from '../api/holidays';
import { HOLIDAY_KINDS } from '../api/types';
import { FormProblem } from '../components/form-problem';
import { isHolidayKind } from './holiday-kind';
import type { HolidayKind } from './holiday-kind';

export function HolidayForm({ onDone, onCancel }: { onDone: (date: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const add = useAddHoliday();
  const [date, setDate] = useState('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<HolidayKind>('special');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate({ date, nameTh: nameTh.trim(), nameEn: nameEn.trim(), kind }, { onSuccess: () => onDone(date) });
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} aria-labelledby="new-holiday-title" data-testid="holiday-form">
      <h2 id="new-holiday-title">{t('admin.holidays.addTitle')}</h2>
      <div className="grid-2">
        <Field id="holiday-date" label={t('admin.holidays.date')} required>
          <input id="holiday-date" data-testid="holiday-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field id="holiday-kind" label={t('admin.holidays.kind')} required>
          <select id="holiday-kind" data-testid="holiday-kind" value={kind} onChange={(e) => { if (isHolidayKind(e.target.value)) setKind(e.target.value); }}>
            {HOLIDAY_KINDS.map((k) => <option key={k} value={k}>{t(`admin.holidays.kinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field id="holiday-name-th" label={t('admin.holidays.nameTh')} required>
          <input id="holiday-name-th" data-testid="holiday-name-th" lang="th" required value={nameTh} onChange={(e) => setNameTh(e.target.value)} />
        </Field>
        <Field id="holiday-name-en" label={t('admin.holidays.nameEn')} required>
          <input id="holiday-name-en" data-testid="holiday-name-en" lang="en" required value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        </Field>
      </div>
      {add.isError ? <FormProblem error={add.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={add.isPending} data-testid="holiday-submit">
          {add.isPending ? t('admin.saving') : t('admin.holidays.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('admin.cancel')}</button>
      </div>
    </form>
  );
}
