// Reads one cell of an old sheet as one of our values, the way people in a Thai budget office write them:
// BE dates as dd/mm/yyyy, baht with commas, statuses and types in Thai words.
import {
  BE_OFFSET,
  CATEGORIES,
  CATEGORY_NAMES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  REQUEST_TYPE_NAMES,
  STATUS_NAMES,
  TRACKING_PREFIX,
  fromBangkokWallClock,
  parseBahtToSatang,
  type Category,
  type RequestStatus,
  type RequestType,
} from '@bmrts/shared';
import type { SheetCell } from './read-sheet';

/** Lower case, one space between words, no spaces around slashes: "อนุมัติ  แล้ว" and "อนุมัติแล้ว" still differ, so words are compared whole. */
export function normalised(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const cellText = (cell: SheetCell): string => (cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim());

function lookup<T extends string>(entries: [string, T][]): Map<string, T> {
  return new Map(entries.map(([k, v]) => [normalised(k), v]));
}

const STATUS_WORDS = lookup<RequestStatus>([
  ...REQUEST_STATUSES.map((s): [string, RequestStatus] => [s, s]),
  ...REQUEST_STATUSES.flatMap((s): [string, RequestStatus][] => [
    [STATUS_NAMES[s].th, s],
    [STATUS_NAMES[s].en, s],
  ]),
  // What the old sheet most likely said.
  ['อนุมัติ', 'approved'],
  ['อนุมัติแล้ว', 'approved'],
  ['เห็นชอบ', 'approved'],
  ['เสร็จสิ้น', 'approved'],
  ['ไม่อนุมัติ', 'rejected'],
  ['ไม่เห็นชอบ', 'rejected'],
  ['ปฏิเสธ', 'rejected'],
  ['รอพิจารณา', 'in_review'],
  ['อยู่ระหว่างพิจารณา', 'in_review'],
  ['ระหว่างพิจารณา', 'in_review'],
  ['กำลังพิจารณา', 'in_review'],
  ['อยู่ระหว่างดำเนินการ', 'in_review'],
  ['ส่งคืน', 'returned'],
  ['ส่งคืนแก้ไข', 'returned'],
  ['ตีกลับ', 'returned'],
  ['ส่งกลับแก้ไข', 'returned'],
  ['ยกเลิก', 'withdrawn'],
  ['ถอน', 'withdrawn'],
  ['ถอนคำขอ', 'withdrawn'],
  ['ถอนเรื่อง', 'withdrawn'],
  ['รอสภา', 'awaiting_council'],
  ['รอสภากทม.', 'awaiting_council'],
  ['รอสภากรุงเทพมหานคร', 'awaiting_council'],
  ['ร่าง', 'draft'],
]);

export function statusOf(cell: SheetCell): RequestStatus | null {
  return STATUS_WORDS.get(normalised(cellText(cell))) ?? null;
}

const TYPE_WORDS = lookup<RequestType>([
  ...REQUEST_TYPES.map((t): [string, RequestType] => [t, t]),
  ...REQUEST_TYPES.flatMap((t): [string, RequestType][] => [
    [REQUEST_TYPE_NAMES[t].th, t],
    [REQUEST_TYPE_NAMES[t].en, t],
    [TRACKING_PREFIX[t], t],
  ]),
]);

/** The exact names first; then the words an office uses for short: งบกลาง, โอน / เปลี่ยนแปลง, เงินจัดสรร / เงินประจำงวด. */
export function typeOf(cell: SheetCell): RequestType | null {
  const text = normalised(cellText(cell));
  if (text === '') return null;
  const exact = TYPE_WORDS.get(text);
  if (exact) return exact;
  if (text.includes('งบกลาง')) return 'central_fund';
  if (text.includes('โอน') || text.includes('เปลี่ยนแปลง')) return 'transfer';
  if (text.includes('จัดสรร') || text.includes('ประจำงวด')) return 'allotment';
  return null;
}

const CATEGORY_WORDS = lookup<Category>([
  ...CATEGORIES.map((c): [string, Category] => [c, c]),
  ...CATEGORIES.flatMap((c): [string, Category][] => [
    [CATEGORY_NAMES[c].th, c],
    [CATEGORY_NAMES[c].en, c],
    [CATEGORY_NAMES[c].th.replace(/^งบ/, ''), c],
  ]),
]);

export function categoryOf(cell: SheetCell): Category | null {
  return CATEGORY_WORDS.get(normalised(cellText(cell))) ?? null;
}

/** A whole number in the cell, also written as "ระดับ 3" or "3.0". */
export function integerOf(cell: SheetCell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  const match = /^(?:ระดับ(?:ที่)?\s*)?(\d{1,4})(?:\.0+)?$/.exec(cellText(cell));
  return match ? Number(match[1]) : null;
}

/** Satang from baht: a number cell (rounded to the satang, as Excel holds baht in binary), or text as a person types it. */
export function satangOf(cell: SheetCell): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return null;
    const satang = Math.round(cell * 100);
    return Number.isSafeInteger(satang) && Math.abs(satang - cell * 100) < 0.01 ? satang : null;
  }
  return cell === null ? null : parseBahtToSatang(cellText(cell));
}

const THAI_MONTHS = [
  ['ม.ค.', 'มกราคม'],
  ['ก.พ.', 'กุมภาพันธ์'],
  ['มี.ค.', 'มีนาคม'],
  ['เม.ย.', 'เมษายน'],
  ['พ.ค.', 'พฤษภาคม'],
  ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'],
  ['ส.ค.', 'สิงหาคม'],
  ['ก.ย.', 'กันยายน'],
  ['ต.ค.', 'ตุลาคม'],
  ['พ.ย.', 'พฤศจิกายน'],
  ['ธ.ค.', 'ธันวาคม'],
];

function monthOf(word: string): number | null {
  const index = THAI_MONTHS.findIndex((names) => names.includes(word));
  return index < 0 ? null : index + 1;
}

/** The UTC instant of a Bangkok wall-clock time; null when the day does not exist (31/02). */
function bangkokInstant(year: number, month: number, day: number, hour: number, minute: number): string | null {
  // A year above 2400 is BE (2569 = 2026); Thai offices rarely write CE, but an export from elsewhere may.
  const ce = year > 2400 ? year - BE_OFFSET : year;
  if (ce < 1900 || ce > 2200 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(ce, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return fromBangkokWallClock(wall).toISOString();
}

/**
 * A date as an ISO instant: an XLSX date cell (Bangkok wall clock), "dd/mm/yyyy [HH:MM]" (BE or CE), "d มี.ค. 2569",
 * or an ISO date. undefined when the cell is empty, null when it holds something that is not a date.
 */
export function dateOf(cell: SheetCell): string | null | undefined {
  if (cell === null || cellText(cell) === '') return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : fromBangkokWallClock(cell).toISOString();
  const text = cellText(cell);
  const time = (h?: string, m?: string) => [h ? Number(h) : 0, m ? Number(m) : 0] as const;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(text);
  if (numeric) return bangkokInstant(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), ...time(numeric[4], numeric[5]));
  const worded = /^(\d{1,2})\s+(\S+)\s+(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(text);
  if (worded) {
    const month = monthOf(worded[2] ?? '');
    return month === null ? null : bangkokInstant(Number(worded[3]), month, Number(worded[1]), ...time(worded[4], worded[5]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return bangkokInstant(Number(iso[1]), Number(iso[2]), Number(iso[3]), 0, 0);
  return null;
}

const TRACKING_NO = /^(ALT|TRF|CF)-(\d{4})-(\d{6})$/;

/** Our own tracking number, when the sheet's reference is one (a sheet exported from BMRTS). */
export function trackingNoParts(text: string): { prefix: string; fiscalYear: number; runningNo: number } | null {
  const match = TRACKING_NO.exec(text.toUpperCase());
  return match ? { prefix: match[1] ?? '', fiscalYear: Number(match[2]), runningNo: Number(match[3]) } : null;
}
