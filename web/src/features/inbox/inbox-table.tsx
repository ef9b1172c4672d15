// The reviewer's inbox: a checkbox (for a request a bulk decision takes: position.bulkDecidable) and the tracking no.
// in the first cell, the wait against the target, and a link that opens the request at its action panel: "พิจารณา",
// or "บันทึกมติสภาฯ" for a request waiting for the BMA Council, whose decision level 8 records one at a time.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '@bmrts/shared';
import { DaysWaitingCell, SummaryCells } from '../../lib/request-summary-table';

interface Props {
  items: readonly RequestSummary[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export function InboxTable({ items, selected, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table inbox-table request-cards" data-testid="inbox-table">
        <caption className="visually-hidden">{t('home.inboxCaption')}</caption>
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
            <th scope="col">{t('table.daysWaiting')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('actions.title')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const overdue = item.overdue;
            const checkId = `select-${item.id}`;
            return (
              <tr key={item.id} className={overdue ? 'row-overdue' : undefined} data-testid="request-row" data-overdue={overdue}>
                <td data-label={t('table.trackingNo')} className="cell-track">
                  <span className="select-cell">
                    {/* The label around the box makes the whole 44 px square one target on a phone. */}
                    {item.position.bulkDecidable ? (
                      <label className="select-box" htmlFor={checkId}>
                        <input
                          id={checkId}
                          type="checkbox"
                          checked={selected.has(item.id)}
                          onChange={() => onToggle(item.id)}
                          aria-label={t('home.select', { trackingNo: item.trackingNo })}
                          data-testid="row-select"
                        />
                      </label>
                    ) : (
                      // The same square, empty, so the tracking numbers stay in one column.
                      <span className="select-box" aria-hidden="true" data-testid="row-no-select" />
                    )}
                    <Link to={`/requests/${item.id}`} className="mono" aria-label={t('table.openRequest', { trackingNo: item.trackingNo })}>
                      {item.trackingNo}
                    </Link>
                  </span>
                </td>
                <SummaryCells item={item} />
                <DaysWaitingCell item={item} />
                <td data-label={t('actions.title')} className="cell-action">
                  <Link to={`/requests/${item.id}#actions`} className="button button-small button-primary" data-testid="row-consider">
                    {item.position.holder === 'council' ? t('bulkCouncil.record') : t('home.consider')}
                    <span className="visually-hidden"> {t('home.considerTarget', { trackingNo: item.trackingNo })}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
