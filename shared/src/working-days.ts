// Working days in Bangkok: weekends and the public holidays an administrator maintains are not counted.
import { bangkokDate } from './format/thai-date';

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * Working days that have passed between two instants: each working day after the day of `from`,
 * up to and including the day of `to`. Entering a level on Friday evening and looking on Monday is 1.
 */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  const start = bangkokDate(fromIso);
  const end = bangkokDate(toIso);
  let count = 0;
  for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, holidays)) count++;
  }
  return count;
}
