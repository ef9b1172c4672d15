// Dates: stored as UTC ISO-8601, shown in Bangkok time (bangkok-time.ts) with Buddhist Era years; the BMA fiscal year.
import type { Lang } from '../messages';
import { BANGKOK_TIME_ZONE, bangkokDate } from '../bangkok-time';

export const BE_OFFSET = 543;

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // th-TH uses the Buddhist calendar; en-GB with the buddhist calendar keeps BE years in English too.
  const locale = lang === 'th' ? 'th-TH' : 'en-GB-u-ca-buddhist';
  return new Intl.DateTimeFormat(locale, { timeZone: BANGKOK_TIME_ZONE, ...options });
}

/** "1 ต.ค. 2567" */
export function formatThaiDate(iso: string, lang: Lang = 'th'): string {
  return formatter(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "1 ต.ค. 2567 14:05" */
export function formatThaiDateTime(iso: string, lang: Lang = 'th'): string {
  return formatter(lang, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  );
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
  return formatter(lang, { month: style, year: 'numeric' }).format(new Date(`${month}-15T05:00:00.000Z`));
}
