// Which weekend holiday a substitution day of the government's list stands in for (the CSV does not say).
import type { PublicHolidayRecord } from './reference-files';

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * Walking back from the day before over days off (holidays and weekends), the earliest holiday on a weekend that is not
 * itself a day in lieu: 16 April 2024 stands in for Saturday 13 April. Null when none is adjacent (a day the Cabinet moved).
 */
export function substitutedHoliday(date: string, byDate: ReadonlyMap<string, PublicHolidayRecord>): string | null {
  let found: string | null = null;
  for (let day = dayBefore(date), steps = 0; steps < 10 && (byDate.has(day) || isWeekend(day)); day = dayBefore(day), steps++) {
    const holiday = byDate.get(day);
    if (holiday && holiday.kind !== 'substitution' && isWeekend(day)) found = day;
  }
  return found;
}
