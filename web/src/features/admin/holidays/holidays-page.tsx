// Administration › Public holidays: one year at a time (chosen in BE, asked of the API in CE); add, edit, delete,
// and generate the year's fixed-date holidays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BE_OFFSET, bangkokDate, formatThaiCalendarDate } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useDeleteHoliday, useHolidays } from '../api/holidays';
import type { Holiday } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { GeneratePanel } from './generate-panel';
import { HolidayForm } from './holiday-form';
import { isHolidayKind } from './holiday-kind';

const FIRST_YEAR = 2022; // the holiday file starts there (DOMAIN.md §5)

/** A YYYY-MM-DD date read as noon in Bangkok, so the formatter never slips a day. */

export function HolidaysPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const thisYear = Number(bangkokDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Holiday | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const items = [...(holidays.data?.items ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  function onDelete(h: Holiday) {
    const name = lang === 'th' ? h.nameTh : h.nameEn;
    if (!window.confirm(t('admin.holidays.confirmDelete', { name }))) return;
    remove.mutate(h.date, { onSuccess: () => setMessage(t('admin.holidays.deleted')) });
  }

  return (
    <section aria-labelledby="admin-holidays-title">
      <div className="page-head">
        <div>
          <h1 id="admin-holidays-title">{t('admin.sections.holidays')}</h1>
          <p className="muted">{t('admin.holidays.intro')}</p>
        </div>
        <div className="page-head-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setAdding(true);
              setEditing(null);
              setMessage(null);
            }}
            data-testid="add-holiday"
          >
            {t('admin.holidays.add')}
          </button>
        </div>
      </div>
      {message ? <SavedNotice text={message} /> : null}
      {remove.isError ? <FormProblem error={remove.error} /> : null}
      {adding ? (
        <HolidayForm
          onCancel={() => setAdding(false)}
          onDone={(date) => {
            setAdding(false);
            setMessage(t('admin.holidays.added'));
            setYear(Number(date.slice(0, 4)));
          }}
        />
      ) : null}
      {editing ? (
        <HolidayForm
          key={editing.date}
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            setMessage(t('admin.holidays.updated'));
          }}
        />
      ) : null}
      <div className="field field-inline">
        <label htmlFor="holiday-year">{t('admin.holidays.year')}</label>
        <select id="holiday-year" data-testid="holiday-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y + BE_OFFSET}
            </option>
          ))}
        </select>
        {holidays.data ? <span className="small muted">{t('admin.holidays.count', { n: items.length })}</span> : null}
      </div>
      {holidays.isPending ? <Loading /> : null}
      {holidays.isError ? <ErrorNotice error={holidays.error} onRetry={() => void holidays.refetch()} /> : null}
      {holidays.data && items.length === 0 ? <p className="empty">{t('admin.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="holidays-table">
            <caption className="visually-hidden">{t('admin.holidays.caption', { year: year + BE_OFFSET })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.holidays.date')}</th>
                <th scope="col">{t('admin.holidays.name')}</th>
                <th scope="col">{t('admin.holidays.kind')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => {
                const name = lang === 'th' ? h.nameTh : h.nameEn;
                return (
                  <tr key={h.date} data-testid="holiday-row" data-date={h.date}>
                    <td data-label={t('admin.holidays.date')} className="mono">
                      <time dateTime={h.date}>{formatThaiCalendarDate(h.date, lang)}</time>
                    </td>
                    <td data-label={t('admin.holidays.name')}>
                      {name}
                      {h.substitutes ? (
                        <span className="small muted">
                          {' '}
                          · {t('admin.holidays.substitutesOf', { date: formatThaiCalendarDate(h.substitutes, lang) })}
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t('admin.holidays.kind')} className="small">
                      {isHolidayKind(h.kind) ? t(`admin.holidays.kinds.${h.kind}`) : h.kind}
                    </td>
                    <td data-label={t('admin.actions')}>
                      <button
                        type="button"
                        className="button button-small"
                        data-testid={`edit-holiday-${h.date}`}
                        aria-label={t('admin.holidays.editOf', { name })}
                        onClick={() => {
                          setEditing(h);
                          setAdding(false);
                          setMessage(null);
                        }}
                      >
                        {t('admin.holidays.edit')}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        disabled={remove.isPending}
                        data-testid={`delete-holiday-${h.date}`}
                        aria-label={t('admin.holidays.deleteOf', { name })}
                        onClick={() => onDelete(h)}
                      >
                        {t('admin.holidays.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <GeneratePanel year={year} onAdded={(n) => setMessage(t('admin.holidays.generateAdded', { n }))} />
    </section>
  );
}
