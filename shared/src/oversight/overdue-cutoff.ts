// Overdue as a moment: a request that entered its level before the cutoff has waited more working days than the target.
// workingDaysBetween depends only on the Bangkok day a request entered and grows the earlier that day is, so
// "workingDays > target" is the same as "entered before the start of the day after the latest overdue day"; a list can
// then ask the database `level_entered_at < cutoff` (an index range) instead of counting days row by row.
import { bangkokDate, bangkokDayStartUtc } from '../bangkok-time';
import { workingDaysBetween } from '../working-days';

/** Far enough back for any target an office would set, even across long holiday runs. */
const MAX_DAYS_BACK = 3_660;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC instant before which entering a level makes a request overdue now, for a target of `targetDays`. */
export function overdueCutoff(now: Date, targetDays: number, holidays: ReadonlySet<string>): string {
  const nowIso = now.toISOString();
  let day = bangkokDate(now);
  for (let i = 0; i < MAX_DAYS_BACK; i++) {
    // Asks workingDaysBetween itself, so the cutoff agrees with the working days shown beside each request.
    if (workingDaysBetween(bangkokDayStartUtc(day), nowIso, holidays) > targetDays) return bangkokDayStartUtc(addDays(day, 1));
    day = addDays(day, -1);
  }
  return bangkokDayStartUtc(day);
}
