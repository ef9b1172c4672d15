// Working time for the demo: minutes counted only on Bangkok working days from 08:30 to 16:30, so every
// generated event lands in office hours and "so many working days before now" is integer arithmetic.
import { bangkokDate, bangkokDayStartUtc, isWorkingDay } from '@bmrts/shared';

export const WORKDAY_MINUTES = 8 * 60;
/** Office hours begin at 08:30 Bangkok time. */
const WORKDAY_START_MINUTES = 8 * 60 + 30;
const MINUTE_MS = 60_000;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A working-minute ordinal counts office minutes from 08:30 of the first working day on or after
 * `firstDate`. Ordinals below `nowOrdinal` are instants strictly before `now`.
 */
export class WorkingClock {
  private readonly days: string[] = [];
  readonly nowOrdinal: number;

  constructor(now: Date, holidays: ReadonlySet<string>, firstDate: string) {
    const today = bangkokDate(now);
    for (let day = firstDate; day <= today; day = addDays(day, 1)) {
      if (isWorkingDay(day, holidays)) this.days.push(day);
    }
    const last = this.days.length - 1;
    if (this.days[last] === today) {
      // Whole minutes only: an event at ordinal nowOrdinal - 1, even at its 59th second, is before now.
      const minutes = Math.floor((now.getTime() - this.dayStartMs(today)) / MINUTE_MS);
      this.nowOrdinal = last * WORKDAY_MINUTES + Math.min(Math.max(minutes, 0), WORKDAY_MINUTES);
    } else {
      this.nowOrdinal = this.days.length * WORKDAY_MINUTES;
    }
  }

  private dayStartMs(date: string): number {
    return Date.parse(bangkokDayStartUtc(date)) + WORKDAY_START_MINUTES * MINUTE_MS;
  }

  /** The first working minute on or after a Bangkok calendar date. */
  ordinalOfDate(date: string): number {
    let low = 0;
    let high = this.days.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.days[mid] ?? '') < date) low = mid + 1;
      else high = mid;
    }
    return low * WORKDAY_MINUTES;
  }

  /** The Bangkok calendar date of an ordinal. */
  dateOf(ordinal: number): string {
    const day = this.days[Math.floor(ordinal / WORKDAY_MINUTES)];
    if (day === undefined) throw new RangeError(`working minute ${ordinal} is outside the demo calendar`);
    return day;
  }

  /** UTC ISO-8601 of an ordinal, `second` (0–59) into that minute. */
  isoOf(ordinal: number, second: number): string {
    const ms = this.dayStartMs(this.dateOf(ordinal)) + (ordinal % WORKDAY_MINUTES) * MINUTE_MS + second * 1000;
    return new Date(ms).toISOString();
  }
}
