// The one date field of the app, instead of <input type="date"> (whose "mm/dd/yyyy" and CE years follow the browser,
// not the person). A text field takes the day, month and Buddhist Era year as typed ("7/12/2569", "7 ธ.ค. 2569") and
// shows the chosen day as "7 ธ.ค. 2569" once left; the button beside it opens a keyboard-usable calendar. The value
// going in and out is the Bangkok calendar day "YYYY-MM-DD" (CE), as the API takes it.
//
// Use it inside a <Field id="…"> (or after a <label htmlFor="…">) with the same id:
//   <Field id="letter-date" label={t('form.letterDate')} error={error}>
//     <ThaiDateInput id="letter-date" value={values.letterDate} onChange={(letterDate) => update({ letterDate })}
//       aria-describedby={…} aria-invalid={…} testId="letter-date" />
//   </Field>
import { useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateInput, parseThaiDateInput } from '@bmrts/shared';
import { ThaiCalendar } from './thai-calendar';
import { useLang } from './use-lang';
import './date-inputs.css';

export interface ThaiDateInputProps {
  /** The text field's id, for the <label htmlFor> or <Field id> that names it. */
  id: string;
  /** The chosen Bangkok calendar day "YYYY-MM-DD" (CE), or '' for none. */
  value: string;
  /** Gets "YYYY-MM-DD" once the text is a day that exists, '' while it is empty or cannot be read. */
  onChange: (value: string) => void;
  /** The earliest and latest days the calendar offers, "YYYY-MM-DD". */
  min?: string | undefined;
  max?: string | undefined;
  disabled?: boolean | undefined;
  required?: boolean | undefined;
  /** Ids of the field's hint and error (as describedBy() gives them); the format hint is added to them. */
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  /** Words naming the field for the calendar button ("วันที่เริ่ม"); the generic "วันที่" when left out. */
  label?: string | undefined;
  /** data-testid of the text field; the calendar button gets `${testId}-calendar`. */
  testId?: string | undefined;
  onBlur?: (() => void) | undefined;
}

/** An example in the format asked for: today in Bangkok would drift in tests and screenshots, a fixed day does not. */
const EXAMPLE = { th: '7/12/2569', en: '7/12/2569' } as const;

export function ThaiDateInput(props: ThaiDateInputProps) {
  const { id, value, onChange, min, max, disabled, required, label, testId, onBlur } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const formatId = `${id}-format`;
  const [text, setText] = useState(() => formatThaiDateInput(value, lang));
  // What this field last reported, and in which language it last wrote the text: a value from outside (a "clear"
  // button, a reset form) or a language switch rewrites the text; our own report coming back does not.
  const [reported, setReported] = useState(value);
  const [writtenIn, setWrittenIn] = useState(lang);
  const [unreadable, setUnreadable] = useState(false);
  const [open, setOpen] = useState(false);

  if (value !== reported || lang !== writtenIn) {
    setReported(value);
    setWrittenIn(lang);
    if (value !== reported || parseThaiDateInput(text) === value) setText(formatThaiDateInput(value, lang));
    if (value !== reported) setUnreadable(false);
  }

  function report(next: string) {
    setReported(next);
    if (next !== value) onChange(next);
  }

  function onType(next: string) {
    setText(next);
    if (unreadable && parseThaiDateInput(next) !== null) setUnreadable(false);
    report(next.trim() === '' ? '' : (parseThaiDateInput(next) ?? ''));
  }

  function onLeave() {
    const parsed = parseThaiDateInput(text);
    if (parsed) setText(formatThaiDateInput(parsed, lang));
    setUnreadable(text.trim() !== '' && parsed === null);
    onBlur?.();
  }

  function pick(iso: string) {
    setText(formatThaiDateInput(iso, lang));
    setUnreadable(false);
    report(iso);
    close();
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onFocusOut(event: FocusEvent<HTMLDivElement>) {
    // Tabbing away from the calendar closes it; a click on its own blank space (no focus target) does not.
    const to = event.relatedTarget;
    if (open && to instanceof Node && !wrapper.current?.contains(to)) setOpen(false);
  }

  const describedBy = [props['aria-describedby'], formatId].filter(Boolean).join(' ');
  const example = EXAMPLE[lang];
  return (
    <div className="date-field" ref={wrapper} onBlur={onFocusOut}>
      <div className="date-field-row">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          value={text}
          placeholder={t('dateInput.placeholder')}
          disabled={disabled}
          required={required}
          aria-invalid={props['aria-invalid'] || unreadable || undefined}
          aria-describedby={describedBy}
          data-testid={testId}
          data-value={value}
          onChange={(e) => onType(e.target.value)}
          onBlur={onLeave}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button
          ref={button}
          type="button"
          className="date-open"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-label={t('dateInput.openCalendar', { label: label ?? t('dateInput.date') })}
          disabled={disabled}
          data-testid={testId ? `${testId}-calendar` : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Zm2 4h3v3H7v-3Z"
            />
          </svg>
        </button>
      </div>
      <p className={unreadable ? 'field-error' : 'visually-hidden'} id={formatId} role={unreadable ? 'alert' : undefined}>
        {unreadable ? t('dateInput.invalid', { example }) : t('dateInput.format', { example })}
      </p>
      {open ? (
        <ThaiCalendar fieldId={id} value={value} min={min} max={max} label={label ?? t('dateInput.date')} onPick={pick} onClose={close} />
      ) : null}
    </div>
  );
}
