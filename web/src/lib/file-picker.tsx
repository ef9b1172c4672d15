// The one file picker of the app, behind FileInput (one file) and FilesInput (several): a Thai button "เลือกไฟล์" and a
// line saying what is chosen, both from the catalogue, instead of the browser's "Choose File / No file chosen". The real
// <input type="file"> stays in the page, hidden from sight but not from the keyboard or screen readers: it takes the
// focus (Space or Enter opens the browser's picker), its name comes from the <label htmlFor={id}> around it, and it
// hears the status line.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './date-inputs.css';

export interface FilePickerProps {
  /** The input's id, for the <label htmlFor> that names the field. */
  id: string;
  multiple: boolean;
  /** What the browser's picker gave (empty when it was cancelled). */
  onPick: (files: File[]) => void;
  /** Empty the input after each pick, so the same file can be picked again (the parent keeps the list). */
  clearAfterPick: boolean;
  /** The line beside the button, and whether it names something chosen. */
  status: { text: string; chosen: boolean };
  accept?: string | undefined;
  /** Ids of hint texts; the status line is added. */
  'aria-describedby'?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function FilePicker({ id, multiple, onPick, clearAfterPick, status, accept, disabled, testId, ...aria }: FilePickerProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const statusId = `${id}-chosen`;
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        multiple={multiple}
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        aria-describedby={[aria['aria-describedby'], statusId].filter(Boolean).join(' ')}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          if (clearAfterPick) e.target.value = '';
          onPick(files);
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
      <span
        id={statusId}
        className={status.chosen ? 'file-picker-name file-picker-name-chosen' : 'file-picker-name'}
        data-testid={testId ? `${testId}-name` : undefined}
      >
        {status.text}
      </span>
    </div>
  );
}
