// The user's own email settings: address, language of the emails, and which notifications also come by email.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMAIL_MAX, NOTIFICATION_KINDS, type NotificationSettings } from '@bmrts/shared';
import { Field } from '../../lib/field';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { errorMessageOf } from '../../lib/api-client';
import { useNotificationSettings, useSaveNotificationSettings } from './api';
import { ContactForm } from './contact-form';

type Draft = Omit<NotificationSettings, 'emailEnabled'>;

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings.data && draft === null)
      setDraft({ email: settings.data.email, language: settings.data.language, emailKinds: settings.data.emailKinds });
  }, [settings.data, draft]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    setSaved(false);
    save.mutate({ ...draft, email: draft.email?.trim() ? draft.email.trim() : null }, { onSuccess: () => setSaved(true) });
  }

  return (
    <section aria-labelledby="settings-title" className="settings-page">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      <ContactForm />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data && !settings.data.emailEnabled ? (
        <p className="notice" data-testid="email-off">
          {t('settings.emailOff')}
        </p>
      ) : null}
      {draft ? (
        <form className="card" onSubmit={onSubmit} data-testid="settings-form">
          <div className="grid-2">
            <Field
              id="settings-email"
              label={t('settings.email')}
              hint={t('settings.emailHint')}
              limit={{ text: draft.email ?? '', max: EMAIL_MAX }}
            >
              <input
                id="settings-email"
                data-testid="settings-email"
                type="email"
                autoComplete="email"
                lang="en"
                value={draft.email ?? ''}
                onChange={(e) => setDraft({ ...draft, email: e.target.value })}
                aria-describedby="settings-email-hint"
              />
            </Field>
            <Field id="settings-language" label={t('settings.language')}>
              <select
                id="settings-language"
                data-testid="settings-language"
                value={draft.language}
                onChange={(e) => setDraft({ ...draft, language: e.target.value === 'en' ? 'en' : 'th' })}
              >
                <option value="th" lang="th">
                  {t('settings.languages.th')}
                </option>
                <option value="en" lang="en">
                  {t('settings.languages.en')}
                </option>
              </select>
            </Field>
          </div>
          <fieldset className="fieldset">
            <legend>{t('settings.kindsLegend')}</legend>
            {NOTIFICATION_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  data-testid={`settings-kind-${kind}`}
                  checked={draft.emailKinds[kind]}
                  onChange={(e) => setDraft({ ...draft, emailKinds: { ...draft.emailKinds, [kind]: e.target.checked } })}
                />
                <span>{t(`settings.kinds.${kind}`)}</span>
              </label>
            ))}
          </fieldset>
          {save.isError ? (
            <p className="notice notice-error" role="alert" data-testid="settings-error">
              {errorMessageOf(save.error)}
            </p>
          ) : null}
          {saved ? (
            <p className="notice notice-success" role="status" data-testid="settings-saved">
              {t('settings.saved')}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="settings-save">
              {save.isPending ? t('settings.saving') : t('settings.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
