// Registering a webhook endpoint: its address, a description and the request events it receives.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REQUEST_EVENT_TYPES,
  type RequestEventType,
  type WebhookEndpointWithSecret,
  WEBHOOK_DESCRIPTION_MAX,
  WEBHOOK_URL_MAX,
} from '@bmrts/shared';
import { Field } from '../../../lib/field';
import { useAddWebhookEndpoint } from '../api/webhooks';
import { FormProblem } from '../components/form-problem';

export function WebhookForm({ onDone, onCancel }: { onDone: (made: WebhookEndpointWithSecret) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const add = useAddWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<RequestEventType[]>(['SUBMIT', 'APPROVE', 'RETURN', 'REJECT']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate({ url: url.trim(), description: description.trim(), eventTypes, active: true }, { onSuccess: onDone });
  }

  function toggle(type: RequestEventType, on: boolean) {
    setEventTypes(REQUEST_EVENT_TYPES.filter((e) => (e === type ? on : eventTypes.includes(e))));
  }

  return (
    <form className="card admin-form" onSubmit={onSubmit} aria-labelledby="new-webhook-title" data-testid="webhook-form">
      <h2 id="new-webhook-title">{t('webhooks.addTitle')}</h2>
      <div className="grid-2">
        <Field id="webhook-url" label={t('webhooks.url')} required limit={{ text: url, max: WEBHOOK_URL_MAX }}>
          <input
            id="webhook-url"
            data-testid="webhook-url"
            type="url"
            lang="en"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </Field>
        <Field id="webhook-description" label={t('webhooks.description')} limit={{ text: description, max: WEBHOOK_DESCRIPTION_MAX }}>
          <input
            id="webhook-description"
            data-testid="webhook-description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend>{t('webhooks.eventTypes')}</legend>
        {REQUEST_EVENT_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              data-testid={`webhook-event-${type}`}
              checked={eventTypes.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
            <span>{t(`event.${type}`)}</span>
          </label>
        ))}
      </fieldset>
      {add.isError ? <FormProblem error={add.error} /> : null}
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={add.isPending || eventTypes.length === 0}
          data-testid="webhook-submit"
        >
          {add.isPending ? t('admin.saving') : t('webhooks.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
