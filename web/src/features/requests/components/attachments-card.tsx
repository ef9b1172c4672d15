// The request's documents: each with its size, who attached it and when, a download link, and a remove button where
// the server says the caller may remove it; an upload control where the server says the caller may attach (mayAttach:
// the unit, or whoever has the request on their desk, level 8 while the Council decides). 413 and 415 are shown here.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime, MAX_ATTACHMENT_BYTES } from '@bmrts/shared';
import type { RequestView } from '@bmrts/shared';
import { errorMessageOf } from '../../../lib/api-client';
import { FileInput } from '../../../lib/file-input';
import { useLang } from '../../../lib/use-lang';
import { attachmentHref, useRemoveAttachment, useUploadAttachment } from '../attachments-api';
import { ATTACHMENT_ACCEPT } from '../attachment-accept';
import { fileSizeText } from './file-size';

export function AttachmentsCard({ view }: { view: RequestView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const upload = useUploadAttachment(view.id);
  const remove = useRemoveAttachment(view.id);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setMessage({ tone: 'error', text: t('attachments.tooLarge') });
      return;
    }
    setMessage(null);
    upload.mutate(file, {
      onSuccess: (stored) => {
        const text =
          stored.renamedFrom === undefined
            ? t('attachments.uploaded', { name: stored.fileName })
            : t('attachments.uploadedRenamed', { name: stored.fileName, from: stored.renamedFrom });
        setMessage({ tone: 'success', text });
        setFile(null);
        setInputKey((k) => k + 1);
      },
      onError: (error) => setMessage({ tone: 'error', text: errorMessageOf(error) }),
    });
  }

  function onRemove(id: string, name: string) {
    if (!window.confirm(t('attachments.confirmRemove', { name }))) return;
    setMessage(null);
    remove.mutate(id, {
      onSuccess: () => setMessage({ tone: 'success', text: t('attachments.removed') }),
      onError: (error) => setMessage({ tone: 'error', text: errorMessageOf(error) }),
    });
  }

  return (
    <section className="card" aria-labelledby="attachments-title" data-testid="attachments-card">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {message ? (
        <p
          className={`notice notice-${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="attachment-message"
        >
          {message.text}
        </p>
      ) : null}
      {view.attachments.length === 0 ? (
        <p className="muted" data-testid="attachments-empty">
          {t('attachments.empty')}
        </p>
      ) : (
        <ul className="attachment-list" aria-label={t('attachments.caption')}>
          {view.attachments.map((a) => (
            <li key={a.id} className="attachment" data-testid="attachment">
              <div className="attachment-main">
                <a
                  href={attachmentHref(view.id, a.id)}
                  download={a.fileName}
                  className="attachment-name"
                  aria-label={t('attachments.download', { name: a.fileName })}
                  data-testid="attachment-download"
                >
                  {a.fileName}
                </a>
                <span className="small muted">
                  {fileSizeText(t, a.sizeBytes)} · {t('attachments.uploadedBy')} {a.uploadedBy.displayName} ·{' '}
                  <time dateTime={a.uploadedAt}>{formatThaiDateTime(a.uploadedAt, lang)}</time>
                </span>
              </div>
              {a.mayRemove ? (
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={remove.isPending}
                  aria-label={t('attachments.removeLabel', { name: a.fileName })}
                  onClick={() => onRemove(a.id, a.fileName)}
                  data-testid="attachment-remove"
                >
                  {t('attachments.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {view.mayAttach ? (
        <form className="attachment-upload" onSubmit={onSubmit} data-testid="attachment-upload">
          <div className="field">
            <label htmlFor="attachment-file">{t('attachments.chooseFile')}</label>
            <FileInput
              key={inputKey}
              id="attachment-file"
              file={file}
              accept={ATTACHMENT_ACCEPT}
              aria-describedby="attachment-hint"
              onChange={setFile}
              testId="attachment-file"
            />
            <p className="hint" id="attachment-hint">
              {t('attachments.hint')}
            </p>
          </div>
          <button type="submit" className="button" disabled={!file || upload.isPending} data-testid="attachment-submit">
            {upload.isPending ? t('attachments.uploading') : t('attachments.upload')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
