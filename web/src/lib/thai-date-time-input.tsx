// A moment in Bangkok time, instead of <input type="datetime-local"> ("12/07/2026, 06:16 PM"): the Thai date field
// with its calendar, and a 24-hour time ("16:30", "16.30 น."). The value in and out is Bangkok's wall clock
// "YYYY-MM-DDTHH:MM", the datetime-local format, so web/src/lib/bangkok-time.ts turns it into the UTC instant the API
// takes (bangkokInputToIso) and back (bangkokInputOf).
//
//   <Field id="round-opens" label={t('surveys.form.opensAt')} required>
//     <ThaiDateTimeInput id="round-opens" label={t('surveys.form.opensAt')} value={values.opensAt}
//       onChange={(opensAt) => set('opensAt', opensAt)} testId="round-opens" />
//   </Field>
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTimeInput } from '@bmrts/shared';
import { ThaiDateInput } from './thai-date-input';

export interface ThaiDateTimeInputProps {
  /** The date part's id, for the <label htmlFor>/<Field id>; the time part is `${id}-time`. */
  id: string;
  /** Bangkok wall clock "YYYY-MM-DDTHH:MM", or '' for none. */
  value: string;
  /** Gets "YYYY-MM-DDTHH:MM" once both the date and the time can be read, '' otherwise. */
  onChange: (value: string) => void;
  /** Words naming the field ("เปิดรับคำตอบ"), read out with the calendar button and the time part. */
  label: string;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  /** data-testid of the wrapper (which carries the value as data-value); the parts get `-date` and `-time`. */
  testId?: string | undefined;
}

const datePart = (value: string) => value.slice(0, 10);
const timePart = (value: string) => value.slice(11, 16);

export function ThaiDateTimeInput({ id, value, onChange, label, disabled, testId, ...aria }: ThaiDateTimeInputProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => datePart(value));
  const [time, setTime] = useState(() => timePart(value));
  const [reported, setReported] = useState(value);
  const [badTime, setBadTime] = useState(false);
  const timeErrorId = `${id}-time-error`;

  if (value !== reported) {
    // A value from outside (not our own report coming back) replaces both parts.
    setReported(value);
    setDate(datePart(value));
    setTime(timePart(value));
    setBadTime(false);
  }

  function report(nextDate: string, nextTime: string) {
    const parsedTime = parseTimeInput(nextTime);
    const next = nextDate !== '' && parsedTime !== null ? `${nextDate}T${parsedTime}` : '';
    setReported(next);
    if (next !== value) onChange(next);
  }

  return (
    <div className="date-time-row" role="group" aria-label={label} data-testid={testId} data-value={value}>
      <ThaiDateInput
        id={id}
        value={date}
        label={label}
        disabled={disabled}
        aria-describedby={aria['aria-describedby']}
        aria-invalid={aria['aria-invalid']}
        testId={testId ? `${testId}-date` : undefined}
        onChange={(next) => {
          setDate(next);
          report(next, time);
        }}
      />
      <div className="time-input">
        <input
          id={`${id}-time`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={time}
          placeholder={t('dateInput.timePlaceholder')}
          aria-label={t('dateInput.timeOf', { label })}
          disabled={disabled}
          aria-invalid={badTime || aria['aria-invalid'] || undefined}
          aria-describedby={[aria['aria-describedby'], badTime ? timeErrorId : null].filter(Boolean).join(' ') || undefined}
          data-testid={testId ? `${testId}-time` : undefined}
          onChange={(e) => {
            setTime(e.target.value);
            if (badTime && parseTimeInput(e.target.value) !== null) setBadTime(false);
            report(date, e.target.value);
          }}
          onBlur={() => {
            const parsed = parseTimeInput(time);
            if (parsed) setTime(parsed);
            setBadTime(time.trim() !== '' && parsed === null);
          }}
        />
      </div>
      {badTime ? (
        <p className="field-error" id={timeErrorId} role="alert">
          {t('dateInput.timeInvalid')}
        </p>
      ) : null}
    </div>
  );
}
