// The working-day calendar at its edges (hand-checked against a printed 2024–2026 calendar), and the fast arithmetic
// against the simple day-by-day walk on random calendars.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, bangkokDate, isWorkingDay, workingDaysBetween } from '@bmrts/shared';

const bangkok = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();
const days = (...dates: string[]): ReadonlySet<string> => new Set(dates);
const NONE = days();
// Government holidays as seeded (data/thai-public-holidays.csv).
const SONGKRAN_2025 = days('2025-04-06', '2025-04-07', '2025-04-13', '2025-04-14', '2025-04-15', '2025-04-16');
const NEW_YEAR_2025 = days('2024-12-30', '2024-12-31', '2025-01-01');

describe('working days at the edges', () => {
  it('skips the whole Songkran run: Friday 11 April 2025 to Thursday 17 April is one working day', () => {
    // 12–13 weekend (13 Songkran on Sunday), 14–15 Songkran, 16 in lieu of the 13th.
    expect(workingDaysBetween(bangkok('2025-04-11', '16:00'), bangkok('2025-04-17', '10:00'), SONGKRAN_2025)).toBe(1);
    expect(addWorkingDays(bangkok('2025-04-11', '16:00'), 1, SONGKRAN_2025)).toBe('2025-04-17');
    expect(addWorkingDays(bangkok('2025-04-11', '16:00'), 3, SONGKRAN_2025)).toBe('2025-04-21');
  });

  it('skips the New Year run: from Friday 27 December 2024 the third working day is Monday 6 January', () => {
    const friday = bangkok('2024-12-27', '15:00');
    expect(addWorkingDays(friday, 1, NEW_YEAR_2025)).toBe('2025-01-02');
    expect(addWorkingDays(friday, 2, NEW_YEAR_2025)).toBe('2025-01-03');
    expect(addWorkingDays(friday, 3, NEW_YEAR_2025)).toBe('2025-01-06');
    expect(workingDaysBetween(friday, bangkok('2025-01-06', '09:00'), NEW_YEAR_2025)).toBe(3);
  });

  it('counts a request entering a level on Friday evening as one working day old on Monday', () => {
    const fridayEvening = bangkok('2026-03-06', '18:30');
    expect(workingDaysBetween(fridayEvening, bangkok('2026-03-09', '08:30'), NONE)).toBe(1);
    expect(addWorkingDays(fridayEvening, 1, NONE)).toBe('2026-03-09');
    // 00:30 on Friday in Bangkok is still Thursday in UTC: the Bangkok day counts.
    expect(workingDaysBetween('2026-03-05T17:30:00Z', bangkok('2026-03-09', '08:30'), NONE)).toBe(1);
    expect(addWorkingDays('2026-03-05T17:30:00Z', 0, NONE)).toBe('2026-03-06');
  });

  it('does not count a Saturday holiday twice, but skips its substitution Monday', () => {
    // 5 December 2026 is a Saturday; Monday 7 December is the day in lieu.
    const friday = bangkok('2026-12-04', '10:00');
    const tuesday = bangkok('2026-12-08', '10:00');
    expect(workingDaysBetween(friday, tuesday, NONE)).toBe(2);
    expect(workingDaysBetween(friday, tuesday, days('2026-12-05'))).toBe(2);
    expect(workingDaysBetween(friday, tuesday, days('2026-12-05', '2026-12-07'))).toBe(1);
    expect(addWorkingDays(friday, 1, days('2026-12-05', '2026-12-07'))).toBe('2026-12-08');
    expect(isWorkingDay('2026-12-07', days('2026-12-05', '2026-12-07'))).toBe(false);
  });

  it('runs straight across 1 October, the start of the fiscal year', () => {
    const wednesday = bangkok('2026-09-30', '11:00');
    expect(workingDaysBetween(wednesday, bangkok('2026-10-02', '11:00'), NONE)).toBe(2);
    // 13 October 2026 (Tuesday) is a holiday: 1, 2, 5–9, 12 and 14 October count.
    expect(workingDaysBetween(wednesday, bangkok('2026-10-14', '11:00'), days('2026-10-13'))).toBe(9);
    expect(addWorkingDays(wednesday, 9, days('2026-10-13'))).toBe('2026-10-14');
    expect(addWorkingDays(wednesday, 8, days('2026-10-13'))).toBe('2026-10-12');
  });

  it('counts a long wait in one go: all of 2025 with its holidays', () => {
    // 261 weekdays in 2025; 21 of the seeded 2025 holidays below fall on a weekday (4 on a Sunday).
    const h = days(
      '2025-01-01',
      '2025-02-12',
      '2025-04-07',
      '2025-04-14',
      '2025-04-15',
      '2025-04-16',
      '2025-05-05',
      '2025-05-09',
      '2025-05-12',
      '2025-06-02',
      '2025-06-03',
      '2025-07-10',
      '2025-07-11',
      '2025-07-28',
      '2025-08-11',
      '2025-08-12',
      '2025-10-13',
      '2025-10-23',
      '2025-12-05',
      '2025-12-10',
      '2025-12-31',
      '2025-04-06',
      '2025-04-13',
      '2025-05-04',
      '2025-05-11',
    );
    expect(workingDaysBetween(bangkok('2024-12-31', '12:00'), bangkok('2025-12-31', '12:00'), NONE)).toBe(261);
    expect(workingDaysBetween(bangkok('2024-12-31', '12:00'), bangkok('2025-12-31', '12:00'), h)).toBe(261 - 21);
  });

  it('refuses a negative or fractional number of days to add', () => {
    expect(() => addWorkingDays(bangkok('2026-03-06', '10:00'), -1, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays(bangkok('2026-03-06', '10:00'), 1.5, NONE)).toThrow(RangeError);
  });
});

// ---- the fast arithmetic against the plain walk ----

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function walkWorkingDaysBetween(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  const end = bangkokDate(toIso);
  for (let day = nextDate(bangkokDate(fromIso)); day <= end; day = nextDate(day)) if (isWorkingDay(day, holidays)) count++;
  return count;
}

function walkAddWorkingDays(fromIso: string, n: number, holidays: ReadonlySet<string>): string {
  let day = bangkokDate(fromIso);
  for (let left = n; left > 0;) {
    day = nextDate(day);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

const START = Date.parse('2023-06-01T00:00:00Z');
const instant = fc.integer({ min: 0, max: 3 * 366 * 24 * 60 }).map((minutes) => new Date(START + minutes * 60_000).toISOString());
const holidaySet = fc
  .array(fc.integer({ min: 0, max: 3 * 366 }), { maxLength: 60 })
  .map((offsets) => new Set(offsets.map((o) => new Date(START + o * 86_400_000).toISOString().slice(0, 10))) as ReadonlySet<string>);

describe('fast working-day arithmetic', () => {
  it('agrees with the day-by-day count on random instants and holiday sets', () => {
    fc.assert(
      fc.property(instant, instant, holidaySet, (from, to, holidays) => {
        expect(workingDaysBetween(from, to, holidays)).toBe(walkWorkingDaysBetween(from, to, holidays));
      }),
      { numRuns: 500 },
    );
  });

  it('adds working days as the walk does, and counting back gives the same number', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 400 }), holidaySet, (from, n, holidays) => {
        const date = addWorkingDays(from, n, holidays);
        expect(date).toBe(walkAddWorkingDays(from, n, holidays));
        expect(workingDaysBetween(from, date, holidays)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('sees a holiday added to a set it already counted with', () => {
    const holidays = new Set<string>();
    const from = bangkok('2026-03-02', '10:00');
    const to = bangkok('2026-03-04', '10:00');
    expect(workingDaysBetween(from, to, holidays)).toBe(2);
    holidays.add('2026-03-03');
    expect(workingDaysBetween(from, to, holidays)).toBe(1);
  });
});
