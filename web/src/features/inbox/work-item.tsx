// One of the unit's requests on its home page: what it is, how long it has waited, and what the unit must do next.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney, REQUEST_TYPE_NAMES } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';
import { PositionLine } from '../../lib/position-line';
import { useLang } from '../../lib/use-lang';

type NextKey = 'home.nextDraft' | 'home.nextReturned' | 'home.nextWaiting' | 'home.nextCouncil' | 'home.nextApproved' | 'home.nextRejected';

/** What the unit does next, and where it does it when there is something to do. */
function nextStep(item: RequestSummary): { key: NextKey; to: string | null } {
  switch (item.status) {
    case 'draft':
      return { key: 'home.nextDraft', to: `/requests/${item.id}#actions` };
    case 'returned':
      return { key: 'home.nextReturned', to: `/requests/${item.id}#edit` };
    case 'in_review':
      return { key: 'home.nextWaiting', to: null };
    case 'awaiting_council':
      return { key: 'home.nextCouncil', to: null };
    case 'approved':
      return { key: 'home.nextApproved', to: null };
    default:
      return { key: 'home.nextRejected', to: null };
  }
}

export function WorkItem({ item }: { item: RequestSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const next = nextStep(item);
  const titleId = `work-${item.id}`;
  return (
    <li className={`work-item work-${item.status}`} data-testid="work-item" data-status={item.status}>
      <div className="work-main">
        <span className="mono small muted">{item.trackingNo || t('request.draftNo')}</span>
        <Link to={`/requests/${item.id}`} id={titleId} className="work-title">
          {item.title}
        </Link>
        <span className="small muted">
          {REQUEST_TYPE_NAMES[item.type][lang]} · {formatMoney(item.amountSatang, lang)}
        </span>
        <PositionLine item={item} />
      </div>
      <div className="work-next">
        <span className="small muted">{t('home.nextLabel')}</span>{' '}
        {next.to ? (
          <Link to={next.to} className="button button-small button-primary" aria-describedby={titleId} data-testid="work-next">
            {t(next.key)}
          </Link>
        ) : (
          <span className="work-next-text">{t(next.key)}</span>
        )}
      </div>
    </li>
  );
}
