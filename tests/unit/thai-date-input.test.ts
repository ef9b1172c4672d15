// Typed Thai dates, times and amounts: what a person types is read back exactly, and what cannot be a date is refused.
import { describe, expect, it } from 'vitest';
import {
  caretAfterRegroup,
  completeTypedAmount,
  fiscalYearOf,
  formatThaiDateInput,
  groupTypedAmount,
  parseBahtToSatang,
  parseThaiDateInput,
  parseTimeInput,
} from '@bmrts/shared';

describe('a typed Buddhist Era date', () => {
  it('reads day/month/BE year as the CE calendar day', () => {
    expect(parseThaiDateInput('7/12/2569')).toBe('2026-12-07');
    expect(parseThaiDateInput('07-12-2569')).toBe('2026-12-07');
    expect(parseThaiDateInput(' 1.10.2569 ')).toBe('2026-10-01');
    expect(parseThaiDateInput('๗/๑๒/๒๕๖๙')).toBe('2026-12-07');
  });

  it('reads Thai and English month names, short or long, with or without พ.ศ.', () => {
    expect(parseThaiDateInput('7 ธ.ค. 2569')).toBe('2026-12-07');
    expect(parseThaiDateInput('7 ธันวาคม พ.ศ. 2569')).toBe('2026-12-07');
    expect(parseThaiDateInput('13 เม.ย. 2569')).toBe('2026-04-13');
    expect(parseThaiDateInput('7 Dec 2569')).toBe('2026-12-07');
    expect(parseThaiDateInput('30 September 2569 BE')).toBe('2026-09-30');
  });

  it('takes 29 February 2567 BE, a leap year (2024 CE), and refuses it in 2566 and 2568', () => {
    expect(parseThaiDateInput('29/2/2567')).toBe('2024-02-29');
    expect(parseThaiDateInput('29 ก.พ. 2567')).toBe('2024-02-29');
    expect(parseThaiDateInput('29/2/2566')).toBeNull();
    expect(parseThaiDateInput('29/2/2568')).toBeNull();
    // 2100 CE (2643 BE) is divisible by 100 but not 400: no 29 February; 2000 CE (2543 BE) has one.
    expect(parseThaiDateInput('29/2/2643')).toBeNull();
    expect(parseThaiDateInput('29/2/2543')).toBe('2000-02-29');
  });

  it('refuses days that do not exist, unknown months, CE years and loose text', () => {
    for (const text of [
      '31/4/2569',
      '0/1/2569',
      '32/1/2569',
      '1/13/2569',
      '1/0/2569',
      '7 ธันว 2569',
      '7/12/2026',
      '7/12/69',
      '',
      'พรุ่งนี้',
      '2026-12-07',
    ])
      expect(parseThaiDateInput(text), text).toBeNull();
  });

  it('shows a day with its Thai or English short month and BE year, and reads that back', () => {
    expect(formatThaiDateInput('2026-12-07')).toBe('7 ธ.ค. 2569');
    expect(formatThaiDateInput('2024-02-29', 'en')).toBe('29 Feb 2567');
    for (const iso of ['2024-02-29', '2026-01-01', '2026-12-31', '2027-09-30'])
      for (const lang of ['th', 'en'] as const) expect(parseThaiDateInput(formatThaiDateInput(iso, lang))).toBe(iso);
    expect(formatThaiDateInput('2023-02-29')).toBe('');
  });
});

describe('a typed time of day', () => {
  it('reads 24-hour times with a colon or a Thai point and refuses impossible ones', () => {
    expect(parseTimeInput('9:05')).toBe('09:05');
    expect(parseTimeInput('14.30 น.')).toBe('14:30');
    expect(parseTimeInput('0830')).toBe('08:30');
    expect(parseTimeInput('24:00')).toBeNull();
    expect(parseTimeInput('12:60')).toBeNull();
    expect(parseTimeInput('6 PM')).toBeNull();
  });
});

describe('the current fiscal year in Bangkok time', () => {
  it('turns to the next year at midnight between 30 September and 1 October in Bangkok, not in UTC', () => {
    // 2026-09-30 23:59:59 in Bangkok is 16:59:59Z; 1 October 00:00 in Bangkok is 17:00Z on 30 September.
    expect(fiscalYearOf(new Date('2026-09-30T16:59:59.999Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-09-30T17:00:00.000Z'))).toBe(2570);
    expect(fiscalYearOf(new Date('2026-12-07T11:16:00.000Z'))).toBe(2570);
    expect(fiscalYearOf(new Date('2027-09-30T16:59:59.999Z'))).toBe(2570);
  });
});

describe('an amount grouped as it is typed', () => {
  it('groups the baht while typing and completes the satang on leaving, still parsing to the same satang', () => {
    expect(groupTypedAmount('2787000')).toBe('2,787,000');
    expect(groupTypedAmount('2,7870')).toBe('27,870');
    expect(groupTypedAmount('2787000.5')).toBe('2,787,000.5');
    expect(groupTypedAmount('2787000.')).toBe('2,787,000.');
    expect(groupTypedAmount('12a')).toBe('12a');
    expect(groupTypedAmount('1.234')).toBe('1.234');
    expect(completeTypedAmount('2,787,000')).toBe('2,787,000.00');
    expect(completeTypedAmount('abc')).toBe('abc');
    expect(parseBahtToSatang(completeTypedAmount(groupTypedAmount('2787000')))).toBe(278_700_000);
  });

  it('keeps the caret after the same digits when commas come and go', () => {
    // "278|7000" typed as "2787|000" after the 7: caret after four digits → "2,787|,000".
    expect(caretAfterRegroup('2787000', 4, '2,787,000')).toBe(5);
    // Deleting the "2" of "1,2|34,567" leaves "1,|34,567", regrouped "134,567": the caret stays after the "1".
    expect(caretAfterRegroup('1,34,567', 2, '134,567')).toBe(1);
    expect(caretAfterRegroup('2787000', 7, '2,787,000')).toBe(9);
  });
});
