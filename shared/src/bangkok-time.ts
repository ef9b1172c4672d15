// Bangkok time, in one place. Thailand keeps UTC+7 all year (no daylight saving), so Bangkok's wall clock is the UTC
// instant moved seven hours on. Every reader that turns instants into Bangkok days, or Bangkok days and wall-clock
// readings back into instants, asks this module; nothing else writes the offset or the zone's name.

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant as a Date whose UTC fields read Bangkok's wall clock (for spreadsheets and inputs, which have no zone). */
export function bangkokWallClock(instant: string | number | Date): Date {
  const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + BANGKOK_OFFSET_MS);
}

/** The instant a Bangkok wall-clock reading stands for, given as a Date (or ms) whose UTC fields hold that reading. */
export function fromBangkokWallClock(wall: number | Date): Date {
  return new Date((typeof wall === 'number' ? wall : wall.getTime()) - BANGKOK_OFFSET_MS);
}

/** The calendar date in Bangkok, "YYYY-MM-DD" (CE), for working-day arithmetic. */
export function bangkokDate(iso: string | Date): string {
  return bangkokWallClock(typeof iso === 'string' ? new Date(iso) : iso)
    .toISOString()
    .slice(0, 10);
}

/** The UTC instant at which a Bangkok calendar day "YYYY-MM-DD" begins: 17:00Z the day before. */
export function bangkokDayStartUtc(date: string): string {
  return fromBangkokWallClock(Date.parse(`${date}T00:00:00.000Z`)).toISOString();
}

/**
 * The UTC hour ("17") from which a stored UTC instant is already the next day in Bangkok: lets SQL group stored
 * ISO text by Bangkok day with plain string functions on both engines.
 */
export const BANGKOK_NEXT_DAY_FROM_UTC_HOUR = String(24 - BANGKOK_OFFSET_MS / 3_600_000).padStart(2, '0');

/** The Bangkok day of an instant (ms) as a number of days since 1 January 1970: working days count with it. */
export function bangkokDayNumber(ms: number): number {
  return Math.floor((ms + BANGKOK_OFFSET_MS) / DAY_MS);
}
