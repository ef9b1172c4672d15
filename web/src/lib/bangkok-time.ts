// A datetime-local input holds Bangkok wall-clock time; the API wants UTC instants. The offset is shared's.
import { bangkokWallClock, fromBangkokWallClock } from '@bmrts/shared';

/** '2026-11-24T08:30' (Bangkok) → '2026-11-24T01:30:00.000Z'; null when the input is incomplete. */
export function bangkokInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const wall = Date.parse(`${value}:00.000Z`);
  return Number.isNaN(wall) ? null : fromBangkokWallClock(wall).toISOString();
}

/** The Bangkok wall-clock value of an instant, as a datetime-local input wants it. */
export function bangkokInputOf(date: Date): string {
  return bangkokWallClock(date).toISOString().slice(0, 16);
}
