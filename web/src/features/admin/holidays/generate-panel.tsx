// Generating a year's fixed-date holidays: preview what the server would add (with days in lieu), then add the missing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BE_OFFSET, formatThaiCalendarDate } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useAddGeneratedHolidays, useGeneratedHolidays } from '../api/holidays';
import { FormProblem } from '../components/form-problem';
import { isHolidayKind } from './holiday-kind';

/** A YYYY-MM-DD date read as noon in Bangkok, so the formatter never slips a day. */

export function GeneratePanel({ year, onAdded }: { year: number; onAdded: (n: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [shownFor, setShownFor] = useState<number | null>(null);
  const preview = useGeneratedHolidays(year, shownFor === year);
  const add = useAddGeneratedHolidays();
  const items = shownFor === year ? (preview.data?.items ?? []) : [];
  const missing = items.filter((h) => !h.exists).length;
  const beYear = year + BE_OFFSET;

  return (
    <section className="card" aria-labelledby="generate-title" data-testid="generate-holidays">
      <h2 id="generate-title">{t('admin.holidays.generateTitle')}</h2>
      <p className="small muted">{t('admin.holidays.generateIntro')}</p>
      <button type="button" className="button" data-testid="generate-preview" onClick={() => setShownFor(year)}>
        {t('admin.holidays.generatePreview', { year: beYear })}
      </button>
      {shownFor === year && preview.isPending ? <Loading /> : null}
      {preview.isError ? <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {items.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="data-table" data-testid="generated-table">
              <caption className="visually-hidden">{t('admin.holidays.generateCaption', { year: beYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.holidays.date')}</th>
                  <th scope="col">{t('admin.holidays.name')}</th>
                  <th scope="col">{t('admin.holidays.kind')}</th>
                  <th scope="col">{t('admin.holidays.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((h) => (
                  <tr key={h.date} data-testid="generated-row" data-date={h.date} data-exists={h.exists}>
                    <td data-label={t('admin.holidays.date')} className="mono">
                      <time dateTime={h.date}>{formatThaiCalendarDate(h.date, lang)}</time>
                    </td>
                    <td data-label={t('admin.holidays.name')}>
                      {lang === 'th' ? h.nameTh : h.nameEn}
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
                    <td data-label={t('admin.holidays.status')} className="small">
                      {h.exists ? t('admin.holidays.exists') : <strong>{t('admin.holidays.isNew')}</strong>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {add.isError ? <FormProblem error={add.error} /> : null}
          {missing === 0 ? (
            <p className="muted" data-testid="generate-none">
              {t('admin.holidays.generateNone')}
            </p>
          ) : (
            <button
              type="button"
              className="button button-primary"
              data-testid="generate-add"
              disabled={add.isPending}
              onClick={() =>
                add.mutate(year, {
                  onSuccess: (res) => {
                    setShownFor(null);
                    onAdded(res.added.length);
                  },
                })
              }
            >
              {add.isPending ? t('admin.saving') : t('admin.holidays.generateAdd', { n: missing })}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
