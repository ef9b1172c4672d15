// The create form's "เอกสารแนบ": files chosen now, listed with their size and an × to take each off, each checked at
// once (chosen-files.ts) with a refusal shown beside it; they are sent with the draft when it is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENTS_ON_CREATE, errorMessage } from '@bmrts/shared';
import { FilesInput } from '../../../lib/files-input';
import { useLang } from '../../../lib/use-lang';
import { ATTACHMENT_ACCEPT } from '../attachment-accept';
import { fileSizeText } from '../components/file-size';
import type { ChosenFile, ChosenFiles } from './chosen-files';
import './attachments-on-create.css';

interface Props {
  chosen: ChosenFiles;
  /** Why saving was refused just now (a refused file is still listed, or the checks are not done), or null. */
  blockedNotice: string | null;
  disabled: boolean;
}

function CheckLine({ chosen }: { chosen: ChosenFile }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { check } = chosen;
  if (check.state === 'checking') return <span className="small muted">{t('attachOnCreate.checking')}</span>;
  if (check.state === 'refused') {
    return (
      <span className="small field-error" role="alert" data-testid="chosen-file-refusal">
        {check.reason === 'unreadable' ? t('attachOnCreate.unreadable') : errorMessage(check.reason, lang)}
      </span>
    );
  }
  return (
    <span className="small chosen-file-ready">
      {check.renamedTo === null ? t('attachOnCreate.ready') : t('attachOnCreate.renamed', { name: check.renamedTo })}
    </span>
  );
}

export function AttachmentsOnCreate({ chosen, blockedNotice, disabled }: Props) {
  const { t } = useTranslation();
  const [tooMany, setTooMany] = useState(false);
  return (
    <fieldset className="fieldset attach-on-create" data-testid="attach-on-create">
      <legend>{t('attachOnCreate.title')}</legend>
      <p className="hint">{t('attachOnCreate.intro')}</p>
      <div className="field">
        <label htmlFor="create-attachment-files">{t('attachOnCreate.chooseFiles')}</label>
        <FilesInput
          id="create-attachment-files"
          chosenCount={chosen.files.length}
          accept={ATTACHMENT_ACCEPT}
          aria-describedby="create-attachment-hint"
          onAdd={(files) => setTooMany(!chosen.add(files))}
          disabled={disabled}
          testId="create-attachment-files"
        />
        <p className="hint" id="create-attachment-hint">
          {t('attachOnCreate.hint', { max: MAX_ATTACHMENTS_ON_CREATE })}
        </p>
      </div>
      {tooMany ? (
        <p className="notice notice-error" role="alert">
          {t('attachOnCreate.tooMany', { max: MAX_ATTACHMENTS_ON_CREATE })}
        </p>
      ) : null}
      {chosen.files.length > 0 ? (
        <ul className="attachment-list chosen-files" aria-label={t('attachOnCreate.caption')}>
          {chosen.files.map((f) => (
            <li
              key={f.key}
              className={f.check.state === 'refused' ? 'attachment chosen-file chosen-file-refused' : 'attachment chosen-file'}
              data-testid="chosen-file"
            >
              <div className="attachment-main">
                <span className="attachment-name" data-testid="chosen-file-name">
                  {f.file.name}
                </span>
                <span className="small muted">{fileSizeText(t, f.file.size)}</span>
                <CheckLine chosen={f} />
              </div>
              <button
                type="button"
                className="button button-small chosen-file-remove"
                aria-label={t('attachOnCreate.remove', { name: f.file.name })}
                onClick={() => {
                  chosen.remove(f.key);
                  setTooMany(false);
                }}
                disabled={disabled}
                data-testid="chosen-file-remove"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {blockedNotice ? (
        <p className="notice notice-error" role="alert" data-testid="attach-on-create-blocked">
          {blockedNotice}
        </p>
      ) : null}
    </fieldset>
  );
}
