// An amount field groups the baht as it is typed ("2787000" → "2,787,000") and completes the satang when left
// ("2,787,000.00"); the text still parses with parseBahtToSatang, so what is sent stays integer satang.
import { formatSatangNumber, parseBahtToSatang } from './money';

/** A partly typed amount, grouped: "2787000.5" → "2,787,000.5"; any other text is left as typed for validation to name. */
export function groupTypedAmount(text: string): string {
  const match = /^([\d,]*)(\.\d{0,2})?$/.exec(text.trim());
  if (!match || text.trim() === '') return text;
  const digits = (match[1] ?? '').replace(/,/g, '');
  const whole = digits === '' ? '' : digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}${match[2] ?? ''}`;
}

/** The amount in full once the person leaves the field: "2,787,000" → "2,787,000.00"; text that is no amount stays. */
export function completeTypedAmount(text: string): string {
  const satang = parseBahtToSatang(text);
  return satang === null ? text : formatSatangNumber(satang);
}

/**
 * Where the caret belongs after regrouping: after as many digits (and the point) as stood before it, so typing in the
 * middle of "1,234,567" does not throw the caret to the end.
 */
export function caretAfterRegroup(before: string, caret: number, after: string): number {
  const significant = before.slice(0, caret).replace(/,/g, '').length;
  let seen = 0;
  for (let i = 0; i < after.length; i++) {
    if (seen === significant) return i;
    if (after[i] !== ',') seen++;
  }
  return after.length;
}
