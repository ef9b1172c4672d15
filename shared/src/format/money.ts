// Exact money: amounts are integer satang; these functions format and parse them without floating point.
import type { Lang } from '../messages';

const SATANG_PER_BAHT = 100;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1,234,567.50" from 123456750 satang. */
export function formatSatangNumber(satang: number): string {
  if (!Number.isSafeInteger(satang)) throw new RangeError('satang must be a safe integer');
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(satang);
  const baht = Math.trunc(abs / SATANG_PER_BAHT);
  const rest = abs % SATANG_PER_BAHT;
  return `${sign}${groupThousands(String(baht))}.${String(rest).padStart(2, '0')}`;
}

/** "1,234,567.50 บาท" (Thai puts บาท after the number) or "1,234,567.50 baht". */
export function formatMoney(satang: number, lang: Lang = 'th'): string {
  return `${formatSatangNumber(satang)} ${lang === 'th' ? 'บาท' : 'baht'}`;
}

/** Large sums in millions, e.g. "12.35 ล้านบาท" (rounded half up to two decimals, in integer arithmetic). */
export function formatMillionBaht(satang: number, lang: Lang = 'th'): string {
  const perHundredth = 1_000_000; // satang in 0.01 million baht
  const hundredths = Math.round(satang / perHundredth);
  const text = `${groupThousands(String(Math.trunc(hundredths / 100)))}.${String(Math.abs(hundredths % 100)).padStart(2, '0')}`;
  return `${text} ${lang === 'th' ? 'ล้านบาท' : 'million baht'}`;
}

/**
 * Parses what a person types ("1,234.5", "1234.50") into satang, exactly.
 * Returns null for anything that is not a non-negative amount with at most two decimals.
 */
export function parseBahtToSatang(input: string): number | null {
  const cleaned = input.replace(/[,\s]/g, '').replace(/บาท$/, '');
  const match = /^(\d{1,14})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const baht = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const satang = baht * SATANG_PER_BAHT + fraction;
  return Number.isSafeInteger(satang) ? satang : null;
}

/** The value for a money input field: "1234.50" (no grouping, so it parses back). */
export function satangToInput(satang: number): string {
  return formatSatangNumber(satang).replace(/,/g, '');
}
