// On a resubmitted request: what the unit changed since it was returned, field by field, before → after.
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import type { RequestView } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { changeFieldName, changeValue } from '../change-words';

export function ChangesCard({ changes }: { changes: NonNullable<RequestView['changesSinceReturned']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const resubmittedAt = formatThaiDateTime(changes.resubmittedAt, lang);
  return (
    <section className="card changes-card" aria-labelledby="changes-title" data-testid="changes-card">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <p className="small muted">
        {changes.returnedAt
          ? t('changes.intro', { returnedAt: formatThaiDateTime(changes.returnedAt, lang), resubmittedAt })
          : t('changes.introNoReturn', { resubmittedAt })}
      </p>
      {changes.changes.length === 0 ? (
        <p className="muted">{t('changes.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table changes-table" data-testid="changes-table">
            <caption className="visually-hidden">{t('changes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.field')}</th>
                <th scope="col">{t('changes.before')}</th>
                <th scope="col">{t('changes.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.changes.map((change, index) => (
                <tr key={`${change.field}-${index}`} data-testid="change-row" data-field={change.field}>
                  <th scope="row" className="diff-field">
                    {changeFieldName(t, change.field, change.before)}
                  </th>
                  <td data-label={t('changes.before')}>
                    <span className="diff-old">{changeValue(t, lang, change.field, change.before)}</span>
                  </td>
                  <td data-label={t('changes.after')}>
                    <span className="diff-new">{changeValue(t, lang, change.field, change.after)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
