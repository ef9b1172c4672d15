// The outbox's delivery log: every email and webhook with status, attempts, last result and next attempt; failed ones can be sent again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES, formatThaiDateTime } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useDeliveries, useRetryDelivery, type DeliveryFilter } from '../api/webhooks';
import { FormProblem, SavedNotice } from '../components/form-problem';

export function DeliveryLog() {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<DeliveryFilter>({ channel: undefined, status: undefined });
  const deliveries = useDeliveries(filter);
  const retry = useRetryDelivery();
  const items = deliveries.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="delivery-log-title">
      <h2 id="delivery-log-title">{t('webhooks.log')}</h2>
      <p className="muted">{t('webhooks.logIntro')}</p>
      <div className="field field-inline">
        <label htmlFor="delivery-channel">{t('webhooks.channel')}</label>
        <select
          id="delivery-channel"
          data-testid="delivery-channel"
          value={filter.channel ?? ''}
          onChange={(e) => setFilter({ ...filter, channel: OUTBOX_CHANNELS.find((c) => c === e.target.value) })}
        >
          <option value="">{t('webhooks.channels.all')}</option>
          {OUTBOX_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`webhooks.channels.${c}`)}
            </option>
          ))}
        </select>
        <label htmlFor="delivery-status">{t('webhooks.status')}</label>
        <select
          id="delivery-status"
          data-testid="delivery-status"
          value={filter.status ?? ''}
          onChange={(e) => setFilter({ ...filter, status: OUTBOX_STATUSES.find((s) => s === e.target.value) })}
        >
          <option value="">{t('webhooks.statuses.all')}</option>
          {OUTBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`webhooks.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {retry.isSuccess ? <SavedNotice text={t('webhooks.retried')} /> : null}
      {retry.isError ? <FormProblem error={retry.error} /> : null}
      {deliveries.isPending ? <Loading /> : null}
      {deliveries.isError ? <ErrorNotice error={deliveries.error} onRetry={() => void deliveries.refetch()} /> : null}
      {deliveries.data && items.length === 0 ? <p className="empty">{t('webhooks.noDeliveries')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="delivery-table">
            <caption className="visually-hidden">{t('webhooks.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.created')}</th>
                <th scope="col">{t('webhooks.channel')}</th>
                <th scope="col">{t('webhooks.topic')}</th>
                <th scope="col">{t('webhooks.recipient')}</th>
                <th scope="col">{t('webhooks.trackingNo')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.lastResult')}</th>
                <th scope="col">{t('webhooks.nextAttempt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-testid="delivery-row" data-status={d.status}>
                  <td data-label={t('webhooks.created')}>{formatThaiDateTime(d.createdAt, lang)}</td>
                  <td data-label={t('webhooks.channel')}>{t(`webhooks.channels.${d.channel}`)}</td>
                  <td data-label={t('webhooks.topic')} className="mono small">
                    {d.topic}
                  </td>
                  <td data-label={t('webhooks.recipient')} className="small">
                    {d.recipient ?? '—'}
                  </td>
                  <td data-label={t('webhooks.trackingNo')} className="mono">
                    {d.trackingNo ?? '—'}
                  </td>
                  <td data-label={t('webhooks.status')}>{t(`webhooks.statuses.${d.status}`)}</td>
                  <td data-label={t('webhooks.attempts')} className="num">
                    {d.attempts}
                  </td>
                  <td data-label={t('webhooks.lastResult')} className="small">
                    {[d.lastStatusCode, d.lastError].filter((x) => x !== null).join(' ') || '—'}
                  </td>
                  <td data-label={t('webhooks.nextAttempt')}>{d.nextAttemptAt ? formatThaiDateTime(d.nextAttemptAt, lang) : '—'}</td>
                  <td data-label={t('admin.actions')}>
                    {d.status === 'failed' ? (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={retry.isPending}
                        onClick={() => retry.mutate(d.id)}
                        data-testid="delivery-retry"
                      >
                        {t('webhooks.retry')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deliveries.hasNextPage ? (
        <button type="button" className="button" disabled={deliveries.isFetchingNextPage} onClick={() => void deliveries.fetchNextPage()}>
          {t('webhooks.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
