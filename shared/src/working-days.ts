// Working days in Bangkok: weekends and the public holidays an administrator maintains are not counted.
// Counting is arithmetic (whole weeks, then a binary search over the sorted weekday holidays), not a walk over the
// calendar: lists compute it for every row, and a request may wait for months.

import { bangkokDayNumber as dayNumberOfInstant } from './bangkok-time';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (a Thursday) of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday–Friday days among day numbers [0, n) (negative n counts backwards, so differences stay right). */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let day = weeks * 7; day < n; day++) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Index of the first element of `sorted` that is >= value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Calendar {
  size: number;
  /** Day numbers of the holidays that fall on a weekday, ascending (a Saturday holiday takes no working day away). */
  weekdayHolidays: number[];
}

// One calendar per holiday set, built on first use: the server hands every row of a list the same cached set.
const calendars = new WeakMap<ReadonlySet<string>, Calendar>();

function calendarOf(holidays: ReadonlySet<string>): Calendar {
  const known = calendars.get(holidays);
  // A set changed after it was first used is rebuilt (sizes differ); sets are not meant to change.
  if (known && known.size === holidays.size) return known;
  const weekdayHolidays: number[] = [];
  for (const date of holidays) {
    const day = dayNumber(date);
    if (Number.isNaN(day)) continue;
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) weekdayHolidays.push(day);
  }
  weekdayHolidays.sort((a, b) => a - b);
  const calendar = { size: holidays.size, weekdayHolidays };
  calendars.set(holidays, calendar);
  return calendar;
}

/** Working days among day numbers (after, upTo]: weekdays less weekday holidays. */
function workingDaysIn(calendar: Calendar, after: number, upTo: number): number {
  if (upTo <= after) return 0;
  const weekdays = weekdaysBefore(upTo + 1) - weekdaysBefore(after + 1);
  const holidays = lowerBound(calendar.weekdayHolidays, upTo + 1) - lowerBound(calendar.weekdayHolidays, after + 1);
  return weekdays - holidays;
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * Working days that have passed between two instants: each working day after the day of `from`,
 * up to and including the day of `to` (Bangkok dates). Entering a level on Friday evening and looking on Monday is 1.
 * `to` before `from` is 0.
 */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  return workingDaysIn(calendarOf(holidays), bangkokDayNumber(fromIso), bangkokDayNumber(toIso));
}

/** dayNumber(bangkokDate(iso)) without the date string in between: every list row and request page counts with it. */
function bangkokDayNumber(iso: string): number {
  const ms = Date.parse(iso);
  // As bangkokDate would: an instant that does not parse is an error, not NaN working days.
  if (Number.isNaN(ms)) throw new RangeError(`Invalid time value: ${iso}`);
  return dayNumberOfInstant(ms);
}

/**
 * The Bangkok date (YYYY-MM-DD) of the `n`th working day after the day of `fromIso`; n = 0 is the day of `fromIso`
 * itself. It agrees with workingDaysBetween: workingDaysBetween(from, addWorkingDays(from, n)) === n, and for n ≥ 1 the
 * answer is the first day at which that count reaches n (so it is always a working day).
 * A date passed on to workingDaysBetween is read as midnight UTC, which is 07:00 the same day in Bangkok.
 */
export function addWorkingDays(fromIso: string, n: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole number of days ≥ 0, not ${n}`);
  const calendar = calendarOf(holidays);
  const start = bangkokDayNumber(fromIso);
  if (n === 0) return dateOfDayNumber(start);
  // Find an end far enough, then the first day whose count reaches n by binary search.
  let hi = start + Math.ceil((n * 7) / 5) + 7;
  for (let have = workingDaysIn(calendar, start, hi); have < n; have = workingDaysIn(calendar, start, hi)) {
    hi += Math.ceil(((n - have) * 7) / 5) + 7;
  }
  let lo = start + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (workingDaysIn(calendar, start, mid) >= n) hi = mid;
    else lo = mid + 1;
  }
  return dateOfDayNumber(lo);
}
