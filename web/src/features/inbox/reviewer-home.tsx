// A reviewer's home (levels 2–8): counts, the inbox overdue and longest-waiting first, and bulk approval.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '@bmrts/shared';
import { compareCodeUnits } from '../../lib/compare';
import { DownloadLinks } from '../../lib/download-links';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useInbox } from './api';
import { BulkApprovePanel } from './bulk-approve-panel';
import { InboxCounts } from './inbox-counts';
import { InboxTable } from './inbox-table';

/** Overdue first, then the longest wait at the level. */
function byUrgency(a: RequestSummary, b: RequestSummary): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    b.workingDaysAtLevel - a.workingDaysAtLevel ||
    compareCodeUnits(a.levelEnteredAt, b.levelEnteredAt)
  );
}

/**
 * `after` (the survey's invitation, the way into the overview) comes below the work, and only once the inbox has
 * answered: shown earlier, it sat under "loading" and was pushed down the screen when the list arrived.
 */
export function ReviewerHome({ after }: { after?: ReactNode }) {
  const { t } = useTranslation();
  const inbox = useInbox(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The server pages the longest waiting first; what is loaded shows overdue first (targets may differ by type).
  const items = (inbox.data?.pages ?? []).flatMap((page) => page.items).sort(byUrgency);
  // Only what a bulk decision takes is offered for one (the server's answer, position.bulkDecidable); a Council wait is
  // recorded one at a time from its row.
  const bulkItems = items.filter((item) => item.position.bulkDecidable);
  const councilWaits = items.filter((item) => item.position.holder === 'council').length;
  const counts = inbox.data?.pages[0];

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('inbox.reviewerTitle')}</h1>
        <div className="page-head-actions">
          <Link className="button" to="/requests">
            {t('inbox.viewAll')}
          </Link>
        </div>
      </div>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? <ErrorNotice error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.isSuccess ? (
        <>
          <InboxCounts
            counts={[
              {
                label: t('inbox.countWaiting'),
                value: counts?.waiting.count ?? 0,
                exact: counts?.waiting.exact ?? true,
                testId: 'count-waiting',
              },
              {
                label: t('inbox.countOverdue'),
                value: counts?.overdue.count ?? 0,
                exact: counts?.overdue.exact ?? true,
                tone: 'warning',
                testId: 'count-overdue',
              },
            ]}
          />
          {items.length === 0 ? (
            <p className="empty" data-testid="inbox-empty">
              {t('inbox.empty')}
            </p>
          ) : (
            <>
              {bulkItems.length > 0 ? (
                <BulkApprovePanel
                  items={bulkItems}
                  leftOut={councilWaits}
                  selected={selected}
                  onSelectAll={(all) => setSelected(all ? new Set(bulkItems.map((i) => i.id)) : new Set())}
                  onDone={() => setSelected(new Set())}
                />
              ) : null}
              <InboxTable items={items} selected={selected} onToggle={toggle} />
              {inbox.hasNextPage ? (
                <div className="button-row center">
                  <p className="muted" aria-live="polite" data-testid="inbox-shown">
                    {counts?.waiting.exact
                      ? t('inbox.shownOf', { n: items.length, total: counts.waiting.count })
                      : t('list.shown', { n: items.length })}
                  </p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void inbox.fetchNextPage()}
                    disabled={inbox.isFetchingNextPage}
                    data-testid="inbox-load-more"
                  >
                    {inbox.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
                  </button>
                </div>
              ) : null}
              <DownloadLinks label={t('exports.inbox')} href={(format) => `/api/inbox/export?format=${format}`} testId="export-inbox" />
            </>
          )}
        </>
      ) : null}
      {inbox.isPending ? null : after}
    </section>
  );
}
