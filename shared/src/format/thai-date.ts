// Dates: stored as UTC ISO-8601, shown in Bangkok time (bangkok-time.ts) with Buddhist Era years; the BMA fiscal year.
import type { Lang } from '../messages';
import { bangkokDate, bangkokWallClock } from '../bangkok-time';

export const BE_OFFSET = 543;

/**
 * Dates are written by hand from Bangkok's wall clock (UTC+7 all year) and the month names below, not with
 * Intl.DateTimeFormat: building a Thai Buddhist-calendar formatter makes ICU load the locale, the calendar and the zone,
 * which cost 50–200 ms of a phone's first screen (measured in Chromium's profiler on the inbox and the dashboard), and
 * the server's and each browser's ICU do not always agree on the words (en-GB writes September "Sep" or "Sept" by
 * version). The forms are the ones th-TH writes: "8 ธ.ค. 2569", "8 ธ.ค. 2569 03:00", "ธันวาคม 2569"; English adds "BE"
 * to the year as en-GB-u-ca-buddhist does. tests/unit/thai-date.test.ts checks them against Intl.
 */
const MONTH_NAMES: Record<Lang, Record<'long' | 'short', readonly string[]>> = {
  th: {
    long: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    short: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** The twelve month names, January first: "มกราคม" … or "ม.ค." …. */
export function monthNames(lang: Lang, style: 'long' | 'short' = 'long'): readonly string[] {
  return MONTH_NAMES[lang][style];
}

interface WallClock {
  yearBe: number;
  monthIndex: number;
  day: number;
  time: string;
}

function wallClockOf(instant: string | Date): WallClock {
  const wall = bangkokWallClock(instant);
  // As Intl does with a date it cannot read: a bad value is a programming error, not "NaN NaN".
  if (Number.isNaN(wall.getTime())) throw new RangeError(`Invalid time value: ${String(instant)}`);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    yearBe: wall.getUTCFullYear() + BE_OFFSET,
    monthIndex: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    time: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`,
  };
}

const yearText = (yearBe: number, lang: Lang) => (lang === 'th' ? String(yearBe) : `${yearBe} BE`);

const dateText = (w: WallClock, lang: Lang) => `${w.day} ${monthNames(lang, 'short')[w.monthIndex]} ${yearText(w.yearBe, lang)}`;

/** "1 ต.ค. 2567" */
export function formatThaiDate(iso: string, lang: Lang = 'th'): string {
  return dateText(wallClockOf(iso), lang);
}

/** "1 ต.ค. 2567 14:05" (English: "1 Oct 2567 BE, 14:05"): the instant read once for the date and the time. */
export function formatThaiDateTime(iso: string, lang: Lang = 'th'): string {
  const w = wallClockOf(iso);
  return `${dateText(w, lang)}${lang === 'th' ? ' ' : ', '}${w.time}`;
}

/** A Bangkok calendar date "YYYY-MM-DD" (CE), such as a holiday or a filter's day: "13 เม.ย. 2569". */
export function formatThaiCalendarDate(date: string, lang: Lang = 'th'): string {
  // Noon in Bangkok is on that day whatever the time zone rules.
  return formatThaiDate(`${date}T05:00:00.000Z`, lang);
}

/** The BE fiscal year an instant falls in: 1 Oct 2024 (Bangkok) is in 2568. */
export function fiscalYearOf(iso: string | Date): number {
  const [year, month] = bangkokDate(iso).split('-').map(Number) as [number, number];
  return year + BE_OFFSET + (month >= 10 ? 1 : 0);
}

/** A calendar month "YYYY-MM" (CE) in words with its BE year: "มีนาคม 2569", or "มี.ค. 2569" when short. */
export function formatThaiMonth(month: string, lang: Lang = 'th', style: 'long' | 'short' = 'long'): string {
  // The 15th at noon in Bangkok is in that month whatever the time zone rules.
  const w = wallClockOf(`${month}-15T05:00:00.000Z`);
  return `${monthNames(lang, style)[w.monthIndex]} ${yearText(w.yearBe, lang)}`;
}
