// Create a request: the form, then save as a draft or save and submit at once.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '@bmrts/shared';
import { errorMessageOf } from '../../../lib/api-client';
import { useCreateRequest } from '../api';
import { useOpenWithConfirmation } from '../just-done';
import { emptyValues } from '../form/form-values';
import { RequestForm } from '../form/request-form';

export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRequest();
  const openWithConfirmation = useOpenWithConfirmation();
  const [initial] = useState(() => emptyValues(fiscalYearOf(new Date())));

  return (
    <section>
      <div className="page-head">
        <h1>{t('form.newTitle')}</h1>
      </div>
      <RequestForm
        initial={initial}
        pending={create.isPending}
        error={create.error}
        actions={[
          { key: 'draft', label: t('form.saveDraft'), testId: 'save-draft' },
          { key: 'submit', label: t('form.saveAndSubmit'), primary: true, testId: 'save-and-submit' },
        ]}
        onAction={(key, content) =>
          create.mutate(
            { content, submit: key === 'submit' },
            {
              onSuccess: ({ view, submitError }) => {
                // A submission opens the request saying where it went; a draft, or a submission refused, as before.
                if (key === 'submit' && !submitError) {
                  const done = { type: 'SUBMIT' as const, requestId: view.id, trackingNo: view.trackingNo, version: view.version };
                  openWithConfirmation(view.id, done, { replace: true });
                  return;
                }
                void navigate(`/requests/${view.id}`, { state: submitError ? { notice: errorMessageOf(submitError) } : null });
              },
            },
          )
        }
      />
    </section>
  );
}
