// Editing a draft or returned request with the create form, then saving or (re)submitting it; a (re)submission opens the
// page at its top saying where the request went.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RequestContent, RequestView } from '@bmrts/shared';
import { useUpdateRequest } from '../api';
import { useOpenWithConfirmation } from '../just-done';
import { valuesFromContent } from '../form/form-values';
import { RequestForm } from '../form/request-form';

interface Props {
  view: RequestView;
  content: RequestContent;
  submitWith: 'SUBMIT' | 'RESUBMIT';
}

export function EditRequest({ view, content, submitWith }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(view.status === 'returned');
  const update = useUpdateRequest(view.id);
  const [initial] = useState(() => valuesFromContent(content));
  const openWithConfirmation = useOpenWithConfirmation();
  const section = useRef<HTMLElement>(null);
  const { hash } = useLocation();

  // A "#edit" address (a returned request's link in the unit's inbox) puts the form at the top once it has loaded.
  useEffect(() => {
    if (hash !== '#edit' || !section.current) return;
    section.current.scrollIntoView({ block: 'start' });
    section.current.focus({ preventScroll: true });
  }, [hash]);

  return (
    <section ref={section} id="edit" tabIndex={-1} className="card" aria-labelledby="edit-title">
      <div className="section-head">
        <h2 id="edit-title">{t('form.editTitle')}</h2>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls="edit-body"
          onClick={() => setOpen((o) => !o)}
          data-testid="toggle-edit"
        >
          {open ? t('request.closeEdit') : t('request.edit')}
        </button>
      </div>
      {update.isSuccess && !update.isPending ? (
        <p className="notice notice-success" role="status">
          {t('form.saved')}
        </p>
      ) : null}
      {open ? (
        <div id="edit-body">
          <RequestForm
            initial={initial}
            lockType
            pending={update.isPending}
            error={update.error}
            actions={[
              { key: 'save', label: t('form.save'), testId: 'save-edit' },
              {
                key: 'submit',
                label: submitWith === 'RESUBMIT' ? t('form.saveAndResubmit') : t('form.saveAndSubmit'),
                primary: true,
                testId: 'save-and-submit',
              },
            ]}
            onAction={(key, next) =>
              update.mutate(
                { content: next, version: view.version, submitWith: key === 'submit' ? submitWith : null },
                {
                  onSuccess: (after) => {
                    if (key !== 'submit') return;
                    const done = { type: submitWith, requestId: after.id, trackingNo: after.trackingNo, version: after.version };
                    openWithConfirmation(after.id, done, { replace: true });
                  },
                },
              )
            }
          />
        </div>
      ) : null}
    </section>
  );
}
