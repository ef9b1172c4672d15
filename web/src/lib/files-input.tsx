// FileInput's sibling for choosing several files at once: the same Thai button and hidden-but-focusable
// <input type="file" multiple> named by the <label htmlFor={id}> around it. The chosen files are handed over and the
// input emptied, so the parent keeps the list (with its own remove buttons) and the same file can be chosen again.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './date-inputs.css';

export interface FilesInputProps {
  /** The input's id, for the <label htmlFor> that names the field. */
  id: string;
  /** How many files the parent holds now, said beside the button. */
  chosenCount: number;
  onAdd: (files: File[]) => void;
  accept?: string | undefined;
  /** Ids of hint texts; the count is added. */
  'aria-describedby'?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function FilesInput({ id, chosenCount, onAdd, accept, disabled, testId, ...aria }: FilesInputProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const countId = `${id}-chosen`;
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        aria-describedby={[aria['aria-describedby'], countId].filter(Boolean).join(' ')}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Emptied so choosing a file taken off a moment ago is a change again.
          e.target.value = '';
          if (files.length > 0) onAdd(files);
        }}
      />
      {/* For the mouse and the finger only: the input above is what the keyboard and screen readers use. */}
      <span
        className="button"
        aria-hidden="true"
        data-testid={testId ? `${testId}-button` : undefined}
        onClick={() => input.current?.click()}
      >
        {t('fileInput.choose')}
      </span>
      <span id={countId} className={chosenCount > 0 ? 'file-picker-name file-picker-name-chosen' : 'file-picker-name'}>
        {chosenCount > 0 ? t('attachOnCreate.chosen', { count: chosenCount }) : t('attachOnCreate.none')}
      </span>
    </div>
  );
}
