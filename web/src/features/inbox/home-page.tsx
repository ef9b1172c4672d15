// Home: a reviewer's inbox at their level, or a unit's drafts and returned requests with a link to create one.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { RequestSummaryTable } from '../../lib/request-summary-table';
import { isReviewer, isUnitUser, useSessionUser } from '../../lib/session';
import { isOverdue } from '../../lib/timeliness';
import { useInbox } from './api';
import { InboxCounts } from './inbox-counts';
import type { InboxCount } from './inbox-counts';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const unitUser = isUnitUser(user);
  const reviewer = isReviewer(user);
  const inbox = useInbox(unitUser || reviewer);

  if (!unitUser && !reviewer) {
    return (
      <section className="card">
        <h1>{t('inbox.adminTitle')}</h1>
        <p>{t('inbox.adminIntro')}</p>
        <Link className="button" to="/requests">{t('inbox.viewAll')}</Link>
      </section>
    );
  }

  const items = inbox.data?.items ?? [];
  const counts: InboxCount[] = unitUser
    ? [
        { label: t('inbox.countDrafts'), value: items.filter((i) => i.status === 'draft').length, testId: 'count-drafts' },
        { label: t('inbox.countReturned'), value: items.filter((i) => i.status === 'returned').length, tone: 'warning', testId: 'count-returned' },
      ]
    : [
        { label: t('inbox.countWaiting'), value: items.length, testId: 'count-waiting' },
        { label: t('inbox.countOverdue'), value: items.filter(isOverdue).length, tone: 'warning', testId: 'count-overdue' },
      ];

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{unitUser ? t('inbox.unitTitle') : t('inbox.reviewerTitle')}</h1>
          {unitUser ? <p className="muted">{t('inbox.unitIntro')}</p> : null}
        </div>
        <div className="page-head-actions">
          {unitUser ? (
            <Link className="button button-primary" to="/requests/new" data-testid="create-request">
              {t('inbox.createRequest')}
            </Link>
          ) : null}
          <Link className="button" to="/requests">{t('inbox.viewAll')}</Link>
        </div>
      </div>
      {inbox.isPending ? <Loading /> : null}
      {inbox.isError ? <ErrorNotice error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.isSuccess ? (
        <>
          <InboxCounts counts={counts} />
          {items.length === 0 ? (
            <p className="empty" data-testid="inbox-empty">{t('inbox.empty')}</p>
          ) : (
            <RequestSummaryTable items={items} caption={t('inbox.tableCaption')} showStatus={unitUser} showDaysWaiting={reviewer} testId="inbox-table" />
          )}
        </>
      ) : null}
    </section>
  );
}
