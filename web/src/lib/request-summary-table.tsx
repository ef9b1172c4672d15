// The table of request summaries used by the inbox and the request list: tracking no. links to the request page.
// On a phone (request-cards in phone.css) a row is a short card: tracking no. and status, the title, one line of facts.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatSatangNumber, REQUEST_TYPE_NAMES } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';
import { PositionLevel, PositionPeople, PositionWait } from './position-line';
import { useLang } from './use-lang';

interface Props {
  items: readonly RequestSummary[];
  caption: string;
  showStatus?: boolean;
  showDaysWaiting?: boolean;
  testId?: string;
}

export function RequestSummaryTable({ items, caption, showStatus = true, showDaysWaiting = true, testId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table request-cards" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.trackingNo')}</th>
            <th scope="col">{t('table.title')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('table.type')}</th>
            <th scope="col" className="num">
              {t('table.amount')}
            </th>
            <th scope="col">{t('table.level')}</th>
            {showStatus ? <th scope="col">{t('table.status')}</th> : null}
            {showDaysWaiting ? <th scope="col">{t('table.daysWaiting')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.overdue ? 'row-overdue' : undefined} data-testid="request-row">
              <td data-label={t('table.trackingNo')} className="cell-track">
                <Link to={`/requests/${item.id}`} aria-label={t('table.openRequest', { trackingNo: item.trackingNo })} className="mono">
                  {item.trackingNo}
                </Link>
              </td>
              <SummaryCells item={item} />
              {showStatus ? (
                <td data-label={t('table.status')} className="cell-status">
                  <span className={`badge badge-${item.status}`}>{t(`status.${item.status}`)}</span>
                </td>
              ) : null}
              {showDaysWaiting ? <DaysWaitingCell item={item} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cells every request table shows between the tracking number and the wait: title, unit, type, amount, level. */
export function SummaryCells({ item }: { item: RequestSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <td data-label={t('table.title')} className="cell-title">
        {item.title}
        {/* The unit's letter, so a row found by its number shows why. */}
        {item.letterNo ? (
          <span className="small muted cell-letter" data-testid="row-letter-no">
            {' '}
            ({t('letter.cited', { no: item.letterNo })})
          </span>
        ) : null}
      </td>
      <td data-label={t('table.unit')} className="cell-fact cell-unit">
        {item.unitName[lang]}
      </td>
      <td data-label={t('table.type')} className="small cell-fact cell-type">
        {REQUEST_TYPE_NAMES[item.type][lang]}
      </td>
      <td data-label={t('table.amount')} className="num cell-fact">
        {formatSatangNumber(item.amountSatang)}
      </td>
      <td data-label={t('table.level')} className="cell-fact cell-position position-cell">
        <PositionLevel item={item} />
        <PositionPeople item={item} />
      </td>
    </>
  );
}

/** Since when and the working days against the target; a finished request its outcome and date, never "0 days". */
export function DaysWaitingCell({ item }: { item: RequestSummary }) {
  const { t } = useTranslation();
  return (
    <td data-label={t('table.daysWaiting')} className="cell-fact">
      <PositionWait item={item} />
    </td>
  );
}
