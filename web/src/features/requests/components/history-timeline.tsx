// Every step the request took, oldest first: who (and for whom, under which order), what, between which levels, the comment and when;
// under each decision, the balances the person deciding had before them (seen-balances.tsx).
import { useTranslation } from 'react-i18next';
import { DECISION_EVENT_TYPES, formatThaiDateTime } from '@bmrts/shared';
import type { HistoryEntry } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { useActingCitation } from './acting-citation';
import { HistoryExportLinks } from './export-links';
import { SeenBalances } from './seen-balances';

const DECISIONS: ReadonlySet<string> = new Set(DECISION_EVENT_TYPES);

/** With `requestId`, the card also offers the history as a download. */
export function HistoryTimeline({ history, requestId }: { history: readonly HistoryEntry[]; requestId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actingCitation = useActingCitation();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {requestId ? <HistoryExportLinks requestId={requestId} /> : null}
      {history.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      <ol className="timeline" data-testid="timeline">
        {history.map((entry) => (
          <li key={entry.seq} className={`timeline-entry event-${entry.type}`} data-testid="timeline-entry" data-event={entry.type}>
            <div className="timeline-head">
              <strong className="timeline-event">{t(`event.${entry.type}`)}</strong>
              <time className="timeline-time" dateTime={entry.at}>
                {formatThaiDateTime(entry.at, lang)}
              </time>
            </div>
            <p className="timeline-actor">
              {entry.actor.displayName}
              {actingCitation(entry) ? (
                <span className="acting" data-testid="timeline-acting-for">
                  {' '}
                  ({actingCitation(entry)})
                </span>
              ) : null}
            </p>
            <p className="small muted">
              {t('timeline.move', { from: entry.fromLevel, to: entry.toLevel })}
              {' · '}
              {t('timeline.statusMove', { from: t(`status.${entry.fromStatus}`), to: t(`status.${entry.toStatus}`) })}
            </p>
            {entry.comment ? <blockquote className="timeline-comment">{entry.comment}</blockquote> : null}
            {entry.seen && entry.seen.lines.length > 0 && DECISIONS.has(entry.type) ? <SeenBalances seen={entry.seen} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
