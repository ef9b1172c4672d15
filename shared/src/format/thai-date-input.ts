// What a person types into a date field, read back exactly: the day, the month (a number or its Thai or English name)
// and the Buddhist Era year, e.g. "7/12/2569", "7 ธ.ค. 2569", "7 ธันวาคม 2569", "7 Dec 2569". The value kept and sent is
// the CE calendar day "YYYY-MM-DD" of Bangkok. Typed text is turned into fields and checked by hand (not by Date), so a
// day that does not exist — 30 February, 29 February of a common year — is refused rather than rolled over.
import type { Lang } from '../messages';
import { BE_OFFSET, monthNames } from './thai-date';

/** The earliest and latest BE years a date field takes: a CE year such as 2026 typed by mistake is refused. */
export const BE_YEAR_MIN = 2400;
export const BE_YEAR_MAX = 2800;

/** Sunday first, as Thai wall calendars print them. */
const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  th: ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'],
  en: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
};

export function weekdayNames(lang: Lang): readonly string[] {
  return WEEKDAY_NAMES[lang];
}

export function isLeapYearCe(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a CE year. */
export function daysInMonth(yearCe: number, month: number): number {
  if (month === 2) return isLeapYearCe(yearCe) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CalendarDay {
  yearCe: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** { 2024, 2, 29 } → "2024-02-29"; null when that day does not exist. */
export function isoDateOf({ yearCe, month, day }: CalendarDay): string | null {
  if (!Number.isInteger(yearCe) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(yearCe, month)) return null;
  return `${pad(yearCe, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2024-02-29" → { 2024, 2, 29 }; null for anything else, including days that do not exist. */
export function calendarDayOf(iso: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const day = { yearCe: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoDateOf(day) === iso ? day : null;
}

/** Thai digits typed from a Thai keyboard count as digits. */
function arabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** "ธ.ค.", "ธค", "ธันวาคม", "dec", "December" → 12; null when the word names no month. */
function monthOfWord(word: string): number | null {
  const squeeze = (s: string) => s.toLowerCase().replace(/[.\s]/g, '');
  const wanted = squeeze(word);
  if (wanted === '') return null;
  for (const lang of ['th', 'en'] as const) {
    for (const style of ['long', 'short'] as const) {
      const index = monthNames(lang, style).findIndex((name) => squeeze(name) === wanted);
      if (index >= 0) return index + 1;
    }
  }
  return null;
}

/**
 * Reads a typed date: day, month and BE year separated by "/", "-", "." or spaces, the month as a number or a name
 * ("พ.ศ." or "BE" around the year is allowed). Returns the CE calendar day "YYYY-MM-DD", or null when the text is not a
 * date that exists or its year is not a BE year.
 */
export function parseThaiDateInput(text: string): string | null {
  const cleaned = arabicDigits(text)
    .trim()
    .replace(/พ\.\s*ศ\.?|\bB\.?\s?E\.?(?=\s|$)/gi, ' ')
    .trim();
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(cleaned);
  const named = /^(\d{1,2})[\s/-]*([^\d\s/-][^\d]*?)[\s/-]*(\d{4})$/.exec(cleaned);
  const parts = numeric
    ? { day: Number(numeric[1]), month: Number(numeric[2]), yearBe: Number(numeric[3]) }
    : named
      ? { day: Number(named[1]), month: monthOfWord(named[2] ?? ''), yearBe: Number(named[3]) }
      : null;
  if (!parts || parts.month === null) return null;
  if (parts.yearBe < BE_YEAR_MIN || parts.yearBe > BE_YEAR_MAX) return null;
  return isoDateOf({ yearCe: parts.yearBe - BE_OFFSET, month: parts.month, day: parts.day });
}

/** "2026-12-07" → "7 ธ.ค. 2569" (or "7 Dec 2569"): what a date field shows, and reads back with parseThaiDateInput. */
export function formatThaiDateInput(iso: string, lang: Lang = 'th'): string {
  const day = calendarDayOf(iso);
  if (!day) return '';
  return `${day.day} ${monthNames(lang, 'short')[day.month - 1] ?? ''} ${day.yearCe + BE_OFFSET}`;
}

/** A typed time of day, 24-hour: "9:05", "09.05", "0905", "14:30 น." → "09:05" / "14:30"; null when it is no time. */
export function parseTimeInput(text: string): string | null {
  const match = /^(\d{1,2})(?:\s*[:.]\s*|)(\d{2})$/.exec(
    arabicDigits(text)
      .trim()
      .replace(/\s*น\.?$/, ''),
  );
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : null;
}
