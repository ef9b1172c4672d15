// The one file field of the app, instead of the browser's "Choose File / No file chosen": a Thai button "เลือกไฟล์" and
// the chosen file's name (or "ยังไม่ได้เลือกไฟล์"), both from the catalogue. The real <input type="file"> stays in the
// page, hidden from sight but not from the keyboard or screen readers: it takes the focus (Space or Enter opens the
// browser's picker), its name comes from the <label htmlFor={id}> around it, and it hears the chosen name.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './date-inputs.css';

export interface FileInputProps {
  /** The input's id, for the <label htmlFor> that names the field. */
  id: string;
  /** The file chosen so far (the parent keeps it), or null. */
  file: File | null;
  onChange: (file: File | null) => void;
  accept?: string | undefined;
  /** Ids of hint texts; the chosen name is added. */
  'aria-describedby'?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function FileInput({ id, file, onChange, accept, disabled, testId, ...aria }: FileInputProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const nameId = `${id}-chosen`;
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        aria-describedby={[aria['aria-describedby'], nameId].filter(Boolean).join(' ')}
        data-testid={testId}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
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
        id={nameId}
        className={file ? 'file-picker-name file-picker-name-chosen' : 'file-picker-name'}
        data-testid={testId ? `${testId}-name` : undefined}
      >
        {file ? file.name : t('fileInput.none')}
      </span>
    </div>
  );
}
