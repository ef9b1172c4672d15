// A labelled form field with its hint and validation message wired to the control by aria-describedby, and for text
// with a length limit a counter ("120/300") that shows the limit before it bites and flags going over it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { storedText } from '@bmrts/shared';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  /** The text typed and its limit in characters: counted as the server counts it (trimmed, composed). */
  limit?: { text: string; max: number };
  children: ReactNode;
}

/**
 * The counter on its own, for a text box laid out without a Field (a decision's comment, a survey answer): every
 * limited text box shows the same counter and none cuts what is typed (no maxLength); the server refuses what is over.
 */
export function LengthCounter({ id, text, max }: { id: string; text: string; max: number }) {
  const { t } = useTranslation();
  const length = storedText(text).length;
  const over = length - max;
  return (
    <p
      className={over > 0 ? 'length-counter length-counter-over' : 'length-counter'}
      id={`${id}-count`}
      data-testid={`count-${id}`}
      aria-label={t('fieldLength.countLabel', { length, max })}
    >
      {t('fieldLength.count', { length, max })}
      {over > 0 ? ` · ${t('fieldLength.over', { over })}` : null}
    </p>
  );
}

/** Props for the control inside a Field, so screen readers hear the hint and the message. */
export function describedBy(id: string, error: string | undefined, hint?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

export function Field({ id, label, hint, error, required, className, limit, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
        {required ? <span className="visually-hidden"> ({t('form.required')})</span> : null}
      </label>
      {children}
      {limit ? <LengthCounter id={id} text={limit.text} max={limit.max} /> : null}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-testid={`error-${id}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
