// The hand-written date formats (no Intl on the hot path) say exactly what Intl's Thai Buddhist calendar says, every
// hour of the day, across month ends, leap days and the Bangkok day turning over at 17:00 UTC.
import { describe, expect, it } from 'vitest';
import { formatThaiCalendarDate, formatThaiDate, formatThaiDateTime, formatThaiMonth } from '@bmrts/shared';

const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Bangkok', ...options });
const TH_DATE = intl('th-TH', { day: 'numeric', month: 'short', year: 'numeric' });
const TH_DATE_TIME = intl('th-TH', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const EN_DATE = intl('en-GB-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric' });

/** Every 7 h 13 min from 2023 to 2029: each hour of the day and every month end comes round. */
function instants(): string[] {
  const out: string[] = [];
  for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2029, 0, 1); ms += (7 * 60 + 13) * 60_000) out.push(new Date(ms).toISOString());
  return out;
}

describe('Thai dates written by hand', () => {
  it('match Intl th-TH for dates and date-times', () => {
    for (const iso of instants()) {
      expect(formatThaiDate(iso)).toBe(TH_DATE.format(new Date(iso)));
      expect(formatThaiDateTime(iso)).toBe(TH_DATE_TIME.format(new Date(iso)));
    }
  });

  it('match Intl en-GB with the Buddhist calendar in English, September written "Sep" as the date fields read it', () => {
    for (const iso of instants()) expect(formatThaiDate(iso, 'en')).toBe(EN_DATE.format(new Date(iso)).replace('Sept ', 'Sep '));
    expect(formatThaiDateTime('2026-09-29T03:05:00.000Z', 'en')).toBe('29 Sep 2569 BE, 10:05');
  });

  it('turn the day over at 17:00 UTC, midnight in Bangkok', () => {
    expect(formatThaiDateTime('2025-12-31T16:59:00.000Z')).toBe('31 ธ.ค. 2568 23:59');
    expect(formatThaiDateTime('2025-12-31T17:00:00.000Z')).toBe('1 ม.ค. 2569 00:00');
    expect(formatThaiCalendarDate('2024-02-29')).toBe('29 ก.พ. 2567');
  });

  it('write months long and short in both languages', () => {
    expect(formatThaiMonth('2026-03')).toBe('มีนาคม 2569');
    expect(formatThaiMonth('2026-03', 'th', 'short')).toBe('มี.ค. 2569');
    expect(formatThaiMonth('2026-03', 'en')).toBe('March 2569 BE');
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      const at = new Date(`${month}-15T05:00:00.000Z`);
      expect(formatThaiMonth(month)).toBe(intl('th-TH', { month: 'long', year: 'numeric' }).format(at));
      expect(formatThaiMonth(month, 'th', 'short')).toBe(intl('th-TH', { month: 'short', year: 'numeric' }).format(at));
    }
  });

  it('refuse a value that is not a date, as Intl does', () => {
    expect(() => formatThaiDate('not a date')).toThrow(RangeError);
  });
});
