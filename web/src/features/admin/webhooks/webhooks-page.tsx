// Administration › Webhooks and email: webhook endpoints (add, turn on/off, new secret shown once) and the delivery log.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpoint, WebhookEndpointWithSecret } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useRenewWebhookSecret, useUpdateWebhookEndpoint, useWebhookEndpoints } from '../api/webhooks';
import { FormProblem } from '../components/form-problem';
import { DeliveryLog } from './delivery-log';
import { WebhookForm } from './webhook-form';

export function WebhooksPage() {
  const { t } = useTranslation();
  const endpoints = useWebhookEndpoints();
  const update = useUpdateWebhookEndpoint();
  const renew = useRenewWebhookSecret();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);
  const items = endpoints.data?.items ?? [];

  function onRenew(endpoint: WebhookEndpoint) {
    if (!window.confirm(t('webhooks.confirmRenew', { url: endpoint.url }))) return;
    renew.mutate(endpoint.id, { onSuccess: setSecret });
  }

  return (
    <section aria-labelledby="admin-webhooks-title">
      <div className="page-head">
        <div>
          <h1 id="admin-webhooks-title">{t('admin.sections.webhooks')}</h1>
          <p className="muted">{t('webhooks.intro')}</p>
        </div>
        <div className="page-head-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setAdding(true);
              setSecret(null);
            }}
            data-testid="add-webhook"
          >
            {t('webhooks.add')}
          </button>
        </div>
      </div>
      {secret ? (
        <div className="notice notice-success" role="status" data-testid="webhook-secret">
          <p>{t('webhooks.secretOnce', { url: secret.url })}</p>
          <code className="mono" lang="en">
            {secret.secret}
          </code>
        </div>
      ) : null}
      {adding ? (
        <WebhookForm
          onCancel={() => setAdding(false)}
          onDone={(made) => {
            setAdding(false);
            setSecret(made);
          }}
        />
      ) : null}
      {update.isError ? <FormProblem error={update.error} /> : null}
      {renew.isError ? <FormProblem error={renew.error} /> : null}
      <h2>{t('webhooks.endpoints')}</h2>
      {endpoints.isPending ? <Loading /> : null}
      {endpoints.isError ? <ErrorNotice error={endpoints.error} onRetry={() => void endpoints.refetch()} /> : null}
      {endpoints.data && items.length === 0 ? <p className="empty">{t('webhooks.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="webhooks-table">
            <caption className="visually-hidden">{t('webhooks.endpoints')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.description')}</th>
                <th scope="col">{t('webhooks.eventTypes')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-testid="webhook-row">
                  <td data-label={t('webhooks.url')} className="mono small" lang="en">
                    {e.url}
                  </td>
                  <td data-label={t('webhooks.description')}>{e.description || '—'}</td>
                  <td data-label={t('webhooks.eventTypes')} className="small">
                    {e.eventTypes.map((type) => t(`event.${type}`)).join(', ')}
                  </td>
                  <td data-label={t('webhooks.status')}>{e.active ? t('webhooks.active') : t('webhooks.inactive')}</td>
                  <td data-label={t('admin.actions')}>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-small"
                        disabled={update.isPending}
                        onClick={() => update.mutate({ id: e.id, body: { active: !e.active } })}
                        data-testid="webhook-toggle"
                      >
                        {e.active ? t('webhooks.deactivate') : t('webhooks.activate')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={renew.isPending}
                        onClick={() => onRenew(e)}
                        data-testid="webhook-renew"
                      >
                        {t('webhooks.renewSecret')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <DeliveryLog />
    </section>
  );
}
