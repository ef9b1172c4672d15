// A budget unit's home: its requests grouped by where they stand (drafts, returned, in review by level, awaiting the
// Council, recently decided), each with what the unit must do next.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, isLevel } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';
import { compareCodeUnits } from '../../lib/compare';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useRequestsWithStatus } from './api';
import { InboxCounts } from './inbox-counts';
import { WorkItem } from './work-item';

const RECENT_DECIDED = 8;

function WorkList({ items, testId }: { items: readonly RequestSummary[]; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <p className="muted small" data-testid={`${testId}-empty`}>
        {t('home.groupEmpty')}
      </p>
    );
  return (
    <ul className="work-list" data-testid={testId}>
      {items.map((item) => (
        <WorkItem key={item.id} item={item} />
      ))}
    </ul>
  );
}

function byLevel(items: readonly RequestSummary[]): [number, RequestSummary[]][] {
  const groups = new Map<number, RequestSummary[]>();
  for (const item of items) groups.set(item.level, [...(groups.get(item.level) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/** `after` (the survey's invitation) comes below the groups once they have loaded, so it never pushes them down. */
export function UnitHome({ after }: { after?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const drafts = useRequestsWithStatus('draft', 20);
  const returned = useRequestsWithStatus('returned', 20);
  const inReview = useRequestsWithStatus('in_review', 50);
  const council = useRequestsWithStatus('awaiting_council', 20);
  const approved = useRequestsWithStatus('approved', RECENT_DECIDED);
  const rejected = useRequestsWithStatus('rejected', RECENT_DECIDED);
  const all = [drafts, returned, inReview, council, approved, rejected];
  const failed = all.find((q) => q.isError);
  const decided = [...(approved.data?.items ?? []), ...(rejected.data?.items ?? [])]
    .sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt))
    .slice(0, RECENT_DECIDED);
  const returnedItems = returned.data?.items ?? [];
  const reviewItems = inReview.data?.items ?? [];

  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <div>
          <h1 id="home-title">{t('home.unitTitle')}</h1>
          <p className="muted">{t('home.unitIntro')}</p>
        </div>
        <div className="page-head-actions">
          <Link className="button button-primary" to="/requests/new" data-testid="create-request">
            {t('inbox.createRequest')}
          </Link>
          <Link className="button" to="/requests">
            {t('inbox.viewAll')}
          </Link>
        </div>
      </div>
      {failed ? <ErrorNotice error={failed.error} onRetry={() => all.forEach((q) => void q.refetch())} /> : null}
      {all.some((q) => q.isPending) ? (
        <Loading />
      ) : (
        <>
          <InboxCounts
            counts={[
              { label: t('inbox.countDrafts'), value: drafts.data?.items.length ?? 0, testId: 'count-drafts' },
              { label: t('inbox.countReturned'), value: returnedItems.length, tone: 'warning', testId: 'count-returned' },
              { label: t('home.inReview'), value: reviewItems.length, testId: 'count-in-review' },
            ]}
          />
          <div className="work-groups">
            <section className="card work-group work-group-returned" aria-labelledby="group-returned">
              <h2 id="group-returned">{t('home.returned')}</h2>
              <WorkList items={returnedItems} testId="group-returned-list" />
            </section>
            <section className="card work-group" aria-labelledby="group-drafts">
              <h2 id="group-drafts">{t('home.drafts')}</h2>
              <WorkList items={drafts.data?.items ?? []} testId="group-drafts-list" />
            </section>
            <section className="card work-group" aria-labelledby="group-review">
              <h2 id="group-review">{t('home.inReview')}</h2>
              {reviewItems.length === 0 ? <p className="muted small">{t('home.groupEmpty')}</p> : null}
              {byLevel(reviewItems).map(([level, items]) => (
                <div key={level} className="work-level" data-testid={`group-level-${level}`}>
                  <h3>{t('home.atLevel', { level, title: isLevel(level) ? LEVEL_TITLES[level][lang] : '' })}</h3>
                  <WorkList items={items} testId={`group-level-${level}-list`} />
                </div>
              ))}
            </section>
            {(council.data?.items.length ?? 0) > 0 ? (
              <section className="card work-group" aria-labelledby="group-council">
                <h2 id="group-council">{t('home.council')}</h2>
                <WorkList items={council.data?.items ?? []} testId="group-council-list" />
              </section>
            ) : null}
            <section className="card work-group" aria-labelledby="group-decided">
              <div className="section-head">
                <h2 id="group-decided">{t('home.decided')}</h2>
                <Link to="/requests?status=approved" className="small">
                  {t('home.seeAll')}
                </Link>
              </div>
              <WorkList items={decided} testId="group-decided-list" />
            </section>
          </div>
          {after}
        </>
      )}
    </section>
  );
}
