// The settings page's "contact details": the person's own office extension, shown with them wherever they hold a request.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHONE_EXTENSION_LENGTH } from '@bmrts/shared';
import { Field } from '../../lib/field';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { errorMessageOf } from '../../lib/api-client';
import { useContactDetails, useSaveContactDetails } from './contact-api';

export function ContactForm() {
  const { t } = useTranslation();
  const contact = useContactDetails();
  const save = useSaveContactDetails();
  const [extension, setExtension] = useState<string | null>(null);
  const value = extension ?? contact.data?.phoneExtension ?? '';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ phoneExtension: value }, { onSuccess: (saved) => setExtension(saved.phoneExtension ?? '') });
  }

  return (
    <section aria-labelledby="contact-title" className="card" data-testid="contact-section">
      <h2 id="contact-title">{t('contact.title')}</h2>
      <p className="muted small">{t('contact.intro')}</p>
      {contact.isPending ? <Loading /> : null}
      {contact.isError ? <ErrorNotice error={contact.error} onRetry={() => void contact.refetch()} /> : null}
      {contact.data ? (
        <form onSubmit={onSubmit} data-testid="contact-form">
          <Field
            id="contact-extension"
            label={t('contact.extension')}
            hint={t('contact.extensionHint')}
            limit={{ text: value, max: MAX_PHONE_EXTENSION_LENGTH }}
          >
            <input
              id="contact-extension"
              data-testid="contact-extension"
              inputMode="tel"
              autoComplete="tel-extension"
              value={value}
              onChange={(e) => {
                save.reset();
                setExtension(e.target.value);
              }}
              aria-describedby="contact-extension-hint"
            />
          </Field>
          {save.isError ? (
            <p className="notice notice-error" role="alert" data-testid="contact-error">
              {errorMessageOf(save.error)}
            </p>
          ) : null}
          {save.isSuccess ? (
            <p className="notice notice-success" role="status" data-testid="contact-saved">
              {t('contact.saved')}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="contact-save">
              {t('contact.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
