// A baht amount typed as text, reported in satang once it parses (null while it does not).
import { useState } from 'react';
import { parseBahtToSatang, satangToInput } from '@bmrts/shared';

interface Props {
  id: string;
  satang: number;
  onChange: (satang: number | null) => void;
  invalid: boolean;
  describedBy?: string;
  testId?: string;
}

export function MoneyInput({ id, satang, onChange, invalid, describedBy, testId }: Props) {
  const [text, setText] = useState(() => satangToInput(satang));
  return (
    <input
      id={id}
      data-testid={testId}
      inputMode="decimal"
      className="money-input"
      value={text}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseBahtToSatang(e.target.value));
      }}
    />
  );
}
