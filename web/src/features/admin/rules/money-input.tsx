// A baht amount of a routing rule, typed as text (grouped as typed, by the app's one amount field) and reported in
// satang once it parses (null while it does not).
import { useState } from 'react';
import { formatSatangNumber, parseBahtToSatang } from '@bmrts/shared';
import { AmountInput } from '../../../lib/amount-input';

interface Props {
  id: string;
  satang: number;
  onChange: (satang: number | null) => void;
  invalid: boolean;
  describedBy?: string;
  testId?: string;
}

export function MoneyInput({ id, satang, onChange, invalid, describedBy, testId }: Props) {
  const [text, setText] = useState(() => formatSatangNumber(satang));
  return (
    <AmountInput
      id={id}
      data-testid={testId}
      className="money-input"
      value={text}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onValueChange={(next) => {
        setText(next);
        onChange(parseBahtToSatang(next));
      }}
    />
  );
}
