// Thai conventions (DOMAIN.md §5, §7): money, amounts in words, BE dates, the fiscal year and working days.
import { describe, expect, it } from 'vitest';
import {
  bahtText,
  bangkokDate,
  fiscalYearOf,
  formatMillionBaht,
  formatMoney,
  formatSatangNumber,
  formatThaiCalendarDate,
  formatThaiDate,
  formatThaiDateTime,
  formatTrackingNo,
  isWorkingDay,
  parseBahtToSatang,
  satangToInput,
  workingDaysBetween,
} from '@bmrts/shared';

const baht = (amount: number) => amount * 100; // whole baht in satang

// ---- money --------------------------------------------------------------------------------------

describe('formatMoney', () => {
  it('shows baht after the number, grouped in thousands, with two decimals', () => {
    expect(formatMoney(123456750)).toBe('1,234,567.50 บาท');
  });

  it('shows zero as 0.00 baht', () => {
    expect(formatMoney(0)).toBe('0.00 บาท');
  });

  it('keeps single satang and whole baht exact', () => {
    expect(formatMoney(5)).toBe('0.05 บาท');
    expect(formatMoney(100)).toBe('1.00 บาท');
    expect(formatMoney(99_999)).toBe('999.99 บาท');
    expect(formatMoney(100_000)).toBe('1,000.00 บาท');
  });

  it('puts the minus sign before a negative amount', () => {
    expect(formatMoney(-150)).toBe('-1.50 บาท');
    expect(formatMoney(-123456750)).toBe('-1,234,567.50 บาท');
  });

  it('says baht in English', () => {
    expect(formatMoney(123456750, 'en')).toBe('1,234,567.50 baht');
  });

  it('handles the largest budget sums without rounding', () => {
    expect(formatMoney(baht(17_568_000_000) + 1)).toBe('17,568,000,000.01 บาท'); // FY 2566 personnel budget + 1 satang
  });

  it('refuses an amount that is not a whole number of satang', () => {
    expect(() => formatMoney(10.5)).toThrow(RangeError);
    expect(() => formatSatangNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatMillionBaht', () => {
  it('shows large sums in millions of baht, rounded half up to two decimals', () => {
    expect(formatMillionBaht(1_234_500_000)).toBe('12.35 ล้านบาท');
    expect(formatMillionBaht(1_234_499_999)).toBe('12.34 ล้านบาท');
  });

  it('groups thousands of millions and speaks English when asked', () => {
    expect(formatMillionBaht(baht(17_568_000_000))).toBe('17,568.00 ล้านบาท');
    expect(formatMillionBaht(baht(5_272_000_000), 'en')).toBe('5,272.00 million baht');
  });

  it('shows nothing as 0.00 million', () => {
    expect(formatMillionBaht(0)).toBe('0.00 ล้านบาท');
  });
});

describe('parseBahtToSatang', () => {
  const cases: [string, number][] = [
    ['0.1', 10],
    ['0.29', 29],
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['1234.50', 123450],
    ['1,234,567.50 บาท', 123456750],
    [' 12 ', 1200],
    ['0', 0],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ];
  for (const [input, satang] of cases) {
    it(`reads "${input}" as exactly ${satang} satang`, () => {
      expect(parseBahtToSatang(input)).toBe(satang);
    });
  }

  const refused = ['1.234', '-5', 'abc', '', '.5', '1e5', '12a', '99999999999999.99', '123456789012345', '1.2.3'];
  for (const input of refused) {
    it(`refuses "${input}"`, () => {
      expect(parseBahtToSatang(input)).toBeNull();
    });
  }

  it('reads back what satangToInput writes', () => {
    for (const satang of [0, 1, 10, 99, 100, 123456750, 1_000_000_000_01]) {
      expect(satangToInput(satang)).not.toContain(',');
      expect(parseBahtToSatang(satangToInput(satang))).toBe(satang);
    }
    expect(satangToInput(123456750)).toBe('1234567.50');
  });
});

describe('tracking numbers', () => {
  it('join the type prefix, the fiscal year and a six-digit running number', () => {
    expect(formatTrackingNo('allotment', 2568, 123)).toBe('ALT-2568-000123');
    expect(formatTrackingNo('transfer', 2567, 1)).toBe('TRF-2567-000001');
    expect(formatTrackingNo('central_fund', 2569, 999999)).toBe('CF-2569-999999');
  });
});

// ---- amounts in words ------------------------------------------------------------------------

describe('bahtText', () => {
  const cases: [number, string][] = [
    [baht(10050), 'หนึ่งหมื่นห้าสิบบาทถ้วน'],
    [baht(1), 'หนึ่งบาทถ้วน'],
    [baht(10), 'สิบบาทถ้วน'],
    [baht(11), 'สิบเอ็ดบาทถ้วน'],
    [baht(20), 'ยี่สิบบาทถ้วน'],
    [baht(21), 'ยี่สิบเอ็ดบาทถ้วน'],
    [baht(101), 'หนึ่งร้อยเอ็ดบาทถ้วน'],
    [baht(111), 'หนึ่งร้อยสิบเอ็ดบาทถ้วน'],
    [baht(1001), 'หนึ่งพันเอ็ดบาทถ้วน'],
    [baht(100_000), 'หนึ่งแสนบาทถ้วน'],
    [baht(1_000_000), 'หนึ่งล้านบาทถ้วน'],
    [baht(1_000_001), 'หนึ่งล้านเอ็ดบาทถ้วน'],
    [baht(2_000_010), 'สองล้านสิบบาทถ้วน'],
    [baht(10_000_000), 'สิบล้านบาทถ้วน'],
    [baht(11_000_001), 'สิบเอ็ดล้านเอ็ดบาทถ้วน'],
    [baht(21_500_000), 'ยี่สิบเอ็ดล้านห้าแสนบาทถ้วน'],
    [baht(1_000_000_000_000), 'หนึ่งล้านล้านบาทถ้วน'],
    [123456789, 'หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์'],
    [150, 'หนึ่งบาทห้าสิบสตางค์'],
    [101, 'หนึ่งบาทหนึ่งสตางค์'],
    [50, 'ห้าสิบสตางค์'],
    [21, 'ยี่สิบเอ็ดสตางค์'],
    [11, 'สิบเอ็ดสตางค์'],
    [1, 'หนึ่งสตางค์'],
    [0, 'ศูนย์บาทถ้วน'],
  ];
  for (const [satang, words] of cases) {
    it(`reads ${satang} satang as ${words}`, () => {
      expect(bahtText(satang)).toBe(words);
    });
  }

  it('refuses negative or fractional satang', () => {
    expect(() => bahtText(-1)).toThrow(RangeError);
    expect(() => bahtText(1.5)).toThrow(RangeError);
  });
});

// ---- dates and the fiscal year ---------------------------------------------------------------

describe('formatThaiDate', () => {
  it('shows the Bangkok calendar date with a Buddhist Era year', () => {
    expect(formatThaiDate('2024-10-01T03:00:00Z')).toBe('1 ต.ค. 2567');
  });

  it('uses Bangkok time: 17:00 UTC on 30 September is already 1 October', () => {
    expect(formatThaiDate('2024-09-30T17:00:00Z')).toBe('1 ต.ค. 2567');
    expect(formatThaiDate('2024-09-30T16:59:59Z')).toBe('30 ก.ย. 2567');
  });

  it('keeps the Buddhist Era year in English', () => {
    expect(formatThaiDate('2024-10-01T03:00:00Z', 'en')).toMatch(/^1 Oct 2567\b/);
  });

  it('shows a calendar date (a holiday, a filter’s day) as that day with its Buddhist Era year', () => {
    expect(formatThaiCalendarDate('2026-04-13')).toBe('13 เม.ย. 2569');
    expect(formatThaiCalendarDate('2025-01-01', 'en')).toMatch(/^1 Jan 2568\b/);
  });

  it('adds the Bangkok time of day, in 24 hours', () => {
    expect(formatThaiDateTime('2024-10-01T07:05:00Z')).toBe('1 ต.ค. 2567 14:05');
    expect(formatThaiDateTime('2024-10-01T07:05:00Z', 'en')).toMatch(/^1 Oct 2567.*14:05$/);
  });
});

describe('bangkokDate', () => {
  it('gives the calendar date in Bangkok as YYYY-MM-DD', () => {
    expect(bangkokDate('2024-09-30T16:59:59Z')).toBe('2024-09-30');
    expect(bangkokDate('2024-09-30T17:00:00Z')).toBe('2024-10-01');
    expect(bangkokDate(new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
  });
});

describe('fiscalYearOf', () => {
  it('puts 1 October 2024 (Bangkok) in fiscal year 2568', () => {
    expect(fiscalYearOf('2024-10-01T03:00:00Z')).toBe(2568);
  });

  it('puts the last second of 30 September 2024 (Bangkok) in fiscal year 2567', () => {
    expect(fiscalYearOf('2024-09-30T16:59:59Z')).toBe(2567);
  });

  it('starts the new fiscal year at midnight Bangkok time, which is 17:00 UTC on 30 September', () => {
    expect(fiscalYearOf('2024-09-30T17:00:00Z')).toBe(2568);
  });

  it('keeps January to September in the fiscal year that ends that September', () => {
    expect(fiscalYearOf('2025-01-15T05:00:00Z')).toBe(2568);
    expect(fiscalYearOf('2025-09-30T16:59:59Z')).toBe(2568);
    expect(fiscalYearOf(new Date('2025-09-30T17:00:00Z'))).toBe(2569);
  });

  it('moves to the next fiscal year at New Year in Bangkok only in October–December', () => {
    expect(fiscalYearOf('2024-12-31T16:59:59Z')).toBe(2568);
    expect(fiscalYearOf('2024-12-31T17:00:00Z')).toBe(2568);
  });
});

// ---- working days ------------------------------------------------------------------------------

describe('working days', () => {
  // October 2024: 4th Friday, 7th Monday; 13th is a Sunday holiday with the 14th (Monday) in lieu; 23rd (Wednesday) a holiday.
  const holidays = (...dates: string[]): ReadonlySet<string> => new Set(dates);
  const NONE = holidays();
  const bangkok = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

  it('counts Friday evening to Monday morning as one working day', () => {
    expect(workingDaysBetween(bangkok('2024-10-04', '18:30'), bangkok('2024-10-07', '09:00'), NONE)).toBe(1);
  });

  it('counts nothing within the same day', () => {
    expect(workingDaysBetween(bangkok('2024-10-07', '08:00'), bangkok('2024-10-07', '23:59'), NONE)).toBe(0);
  });

  it('counts a working day when midnight passes in Bangkok, not in UTC', () => {
    expect(workingDaysBetween('2024-10-07T16:59:00Z', '2024-10-07T17:00:00Z', NONE)).toBe(1);
    expect(workingDaysBetween('2024-10-07T00:00:00Z', '2024-10-07T16:59:59Z', NONE)).toBe(0);
  });

  it('skips a public holiday in the middle of the week', () => {
    const from = bangkok('2024-10-22', '10:00');
    const to = bangkok('2024-10-24', '10:00');
    expect(workingDaysBetween(from, to, NONE)).toBe(2);
    expect(workingDaysBetween(from, to, holidays('2024-10-23'))).toBe(1);
  });

  it('skips two weekends and a substitution holiday over a fortnight', () => {
    const from = bangkok('2024-10-07', '10:00');
    const to = bangkok('2024-10-21', '10:00');
    expect(workingDaysBetween(from, to, NONE)).toBe(10);
    expect(workingDaysBetween(from, to, holidays('2024-10-13', '2024-10-14'))).toBe(9);
  });

  it('counts nothing over a weekend alone', () => {
    expect(workingDaysBetween(bangkok('2024-10-05', '10:00'), bangkok('2024-10-06', '22:00'), NONE)).toBe(0);
  });

  it('counts nothing when the end is before the start', () => {
    expect(workingDaysBetween(bangkok('2024-10-10', '10:00'), bangkok('2024-10-07', '10:00'), NONE)).toBe(0);
  });

  it('knows weekends and holidays are not working days', () => {
    expect(isWorkingDay('2024-10-04', NONE)).toBe(true); // Friday
    expect(isWorkingDay('2024-10-05', NONE)).toBe(false); // Saturday
    expect(isWorkingDay('2024-10-06', NONE)).toBe(false); // Sunday
    expect(isWorkingDay('2024-10-23', NONE)).toBe(true);
    expect(isWorkingDay('2024-10-23', holidays('2024-10-23'))).toBe(false);
  });

  it('crosses the end of the year and the New Year holidays', () => {
    // Fri 27 Dec 2024 → Fri 3 Jan 2025: 30 Dec (special), 31 Dec and 1 Jan are holidays; 2 and 3 Jan count.
    const from = bangkok('2024-12-27', '16:00');
    const to = bangkok('2025-01-03', '09:00');
    expect(workingDaysBetween(from, to, holidays('2024-12-30', '2024-12-31', '2025-01-01'))).toBe(2);
    expect(workingDaysBetween(from, to, NONE)).toBe(5);
  });
});
