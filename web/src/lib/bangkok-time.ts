// A datetime-local input holds Bangkok wall-clock time (UTC+7 all year, no daylight saving); the API wants UTC instants.
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** '2026-11-24T08:30' (Bangkok) → '2026-11-24T01:30:00.000Z'; null when the input is incomplete. */
export function bangkokInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}:00+07:00`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The Bangkok wall-clock value of an instant, as a datetime-local input wants it. */
export function bangkokInputOf(date: Date): string {
  return new Date(date.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 16);
}
