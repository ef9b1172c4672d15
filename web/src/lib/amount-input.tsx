// The one amount field of the app: baht typed as text, grouped as it is typed ("2787000" → "2,787,000") with the caret
// kept after the same digits, completed with the satang when left ("2,787,000.00"). The text stays what the parent
// holds, so parseBahtToSatang turns it into exact integer satang for the API; text that is no amount is left alone for
// the form's validation to name.
import { useLayoutEffect, useRef } from 'react';
import type { InputHTMLAttributes } from 'react';
import { caretAfterRegroup, completeTypedAmount, groupTypedAmount } from '@bmrts/shared';
import './date-inputs.css';

export interface AmountInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'inputMode'> {
  /** The amount as the person typed it, e.g. "2,787,000.00". */
  value: string;
  /** Gets the regrouped text; parse it with parseBahtToSatang. */
  onValueChange: (text: string) => void;
}

export function AmountInput({ value, onValueChange, onBlur, className, ...rest }: AmountInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    // After a regroup the browser would put the caret at the end; put it back after the same digits.
    if (caret.current !== null && input.current && document.activeElement === input.current) {
      input.current.setSelectionRange(caret.current, caret.current);
    }
    caret.current = null;
  }, [value]);

  return (
    <input
      {...rest}
      ref={input}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={className ? `amount-input ${className}` : 'amount-input'}
      value={value}
      onChange={(e) => {
        const typed = e.target.value;
        const grouped = groupTypedAmount(typed);
        caret.current = caretAfterRegroup(typed, e.target.selectionStart ?? typed.length, grouped);
        onValueChange(grouped);
      }}
      onBlur={(e) => {
        const complete = completeTypedAmount(value);
        if (complete !== value) onValueChange(complete);
        onBlur?.(e);
      }}
    />
  );
}
