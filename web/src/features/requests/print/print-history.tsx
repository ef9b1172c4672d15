// The print view's history: every step as a table row with its Thai date and time.
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import type { HistoryEntry } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { useActingCitation } from '../components/acting-citation';

export function PrintHistory({ history }: { history: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actingCitation = useActingCitation();
  return (
    <section className="print-section" aria-labelledby="print-history-title">
      <h2 id="print-history-title">{t('print.history')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table print-table" aria-labelledby="print-history-title" data-testid="print-history">
            <thead>
              <tr>
                <th scope="col">{t('print.when')}</th>
                <th scope="col">{t('print.action')}</th>
                <th scope="col">{t('print.actor')}</th>
                <th scope="col">{t('print.levels')}</th>
                <th scope="col">{t('print.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.seq}>
                  <td data-label={t('print.when')}>
                    <time dateTime={entry.at}>{formatThaiDateTime(entry.at, lang)}</time>
                  </td>
                  <td data-label={t('print.action')}>{t(`event.${entry.type}`)}</td>
                  <td data-label={t('print.actor')}>
                    {entry.actor.displayName}
                    {actingCitation(entry) ? <> ({actingCitation(entry)})</> : null}
                  </td>
                  <td data-label={t('print.levels')}>{t('timeline.move', { from: entry.fromLevel, to: entry.toLevel })}</td>
                  <td data-label={t('print.comment')} className="prewrap">
                    {entry.comment ?? ''}
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
