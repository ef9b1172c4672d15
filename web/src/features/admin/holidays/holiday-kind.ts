// The four kinds of public holiday in the holiday file; anything else is shown as the server gave it.
import { HOLIDAY_KINDS } from '../api/types';

export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export const isHolidayKind = (v: string): v is HolidayKind => (HOLIDAY_KINDS as readonly string[]).includes(v);
