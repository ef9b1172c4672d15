// Create a request: the form and the documents chosen with it, then save as a draft or save and submit at once.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '@bmrts/shared';
import { errorMessageOf } from '../../../lib/api-client';
import { useCreateRequest } from '../api';
import { useOpenWithConfirmation } from '../just-done';
import { emptyValues } from '../form/form-values';
import { RequestForm } from '../form/request-form';
import { AttachmentsOnCreate } from '../form/attachments-on-create';
import { useChosenFiles } from '../form/chosen-files';

export function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRequest();
  const openWithConfirmation = useOpenWithConfirmation();
  const [initial] = useState(() => emptyValues(fiscalYearOf(new Date())));
  const chosen = useChosenFiles();
  const [triedSave, setTriedSave] = useState(false);
  // Said once a save was tried, while what stopped it still holds: taking the refused file off clears it.
  const blockedNotice =
    triedSave && chosen.blocker !== null
      ? t(chosen.blocker === 'refused' ? 'attachOnCreate.blocked' : 'attachOnCreate.stillChecking')
      : null;

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
        onAction={(key, content) => {
          // A file the server would refuse stops the save here, beside the file, before anything is sent.
          setTriedSave(chosen.blocker !== null);
          if (chosen.blocker !== null) return;
          create.mutate(
            { content, files: chosen.files.map((f) => f.file), submit: key === 'submit' },
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
          );
        }}
      >
        <AttachmentsOnCreate chosen={chosen} blockedNotice={blockedNotice} disabled={create.isPending} />
      </RequestForm>
    </section>
  );
}
