// What a request list and a request's history look like as a spreadsheet: Thai headers, one row per request or event.
// The import reads the list's headers back (server/src/imports/fields.ts), so an export imports as it is.
import {
  CATEGORY_NAMES,
  HISTORY_EVENT_NAMES,
  REQUEST_TYPE_NAMES,
  STATUS_NAMES,
  bangkokDayStartUtc,
  formatThaiCalendarDate,
  type Category,
  type HistoryEventType,
  type RequestStatus,
  type RequestType,
} from '@bmrts/shared';
import { exportColumn as col, type ExportSpec } from '../exports';
import type { RequestHistoryRow } from '@bmrts/db';
import type { RequestListRow } from './queries';

export const REQUEST_EXPORT_HEADERS = {
  trackingNo: 'เลขที่คำขอ',
  type: 'ประเภทคำขอ',
  unitCode: 'รหัสหน่วยงาน',
  unitName: 'หน่วยงาน',
  fiscalYear: 'ปีงบประมาณ (พ.ศ.)',
  title: 'เรื่อง',
  category: 'งบรายจ่าย',
  amount: 'จำนวนเงิน (บาท)',
  status: 'สถานะ',
  level: 'ระดับการพิจารณา',
  finalLevel: 'ระดับที่มีอำนาจอนุมัติ',
  createdAt: 'วันที่สร้าง',
  submittedAt: 'วันที่ส่ง',
  levelEnteredAt: 'วันที่เข้าระดับปัจจุบัน',
  decidedAt: 'วันที่สิ้นสุด',
  letterNo: 'เลขที่หนังสือ',
  letterDate: 'หนังสือลงวันที่',
} as const;

const h = REQUEST_EXPORT_HEADERS;

export const requestListSpec: ExportSpec<RequestListRow> = {
  sheetName: 'คำขอ',
  columns: [
    col(h.trackingNo, 'text', 18, (r) => r.tracking_no),
    col(h.type, 'text', 34, (r) => REQUEST_TYPE_NAMES[r.type as RequestType].th),
    col(h.unitCode, 'text', 10, (r) => r.unit_code),
    col(h.unitName, 'text', 30, (r) => r.unit_name_th),
    col(h.fiscalYear, 'integer', 12, (r) => r.fiscal_year),
    col(h.title, 'text', 50, (r) => r.title),
    col(h.category, 'text', 16, (r) => CATEGORY_NAMES[r.category as Category].th),
    col(h.amount, 'money', 18, (r) => Number(r.amount_satang)),
    col(h.status, 'text', 18, (r) => STATUS_NAMES[r.status as RequestStatus].th),
    col(h.level, 'integer', 10, (r) => r.level),
    col(h.finalLevel, 'integer', 10, (r) => r.final_level),
    col(h.createdAt, 'datetime', 18, (r) => r.created_at),
    col(h.submittedAt, 'datetime', 18, (r) => r.submitted_at),
    col(h.levelEnteredAt, 'datetime', 18, (r) => r.level_entered_at),
    col(h.decidedAt, 'datetime', 18, (r) => r.decided_at),
    // Last, so the columns sheets already built on this export keep their places.
    col(h.letterNo, 'text', 18, (r) => r.letter_no),
    // A calendar date, written as the day it starts in Bangkok so the date cell shows that day.
    col(h.letterDate, 'date', 14, (r) => (r.letter_date === null ? null : bangkokDayStartUtc(r.letter_date))),
  ],
};

/** "สำนักงบประมาณ ที่ 12/2570 ลงวันที่ 1 ธ.ค. 2569": the order an acting decision was taken under, if any and recorded. */
function actingOrderCitation(e: RequestHistoryRow): string | null {
  if (e.acting_order_no === null || e.acting_order_date === null) return null;
  return `${e.acting_order_no} ลงวันที่ ${formatThaiCalendarDate(e.acting_order_date)}`;
}

export const historySpec: ExportSpec<RequestHistoryRow> = {
  sheetName: 'ประวัติ',
  columns: [
    col('ลำดับ', 'integer', 6, (e) => e.seq),
    col('วันที่เวลา', 'datetime', 18, (e) => e.at),
    col('การดำเนินการ', 'text', 24, (e) => HISTORY_EVENT_NAMES[e.type as HistoryEventType].th),
    col('จากสถานะ', 'text', 18, (e) => STATUS_NAMES[e.from_status as RequestStatus].th),
    col('เป็นสถานะ', 'text', 18, (e) => STATUS_NAMES[e.to_status as RequestStatus].th),
    col('จากระดับ', 'integer', 9, (e) => e.from_level),
    col('ถึงระดับ', 'integer', 9, (e) => e.to_level),
    col('ผู้ดำเนินการ', 'text', 28, (e) => e.actor_name),
    col('ในนามของ (รักษาราชการแทน)', 'text', 28, (e) => e.on_behalf_of_name),
    col('ตามคำสั่ง', 'text', 36, (e) => actingOrderCitation(e)),
    col('ความเห็น', 'text', 60, (e) => e.comment),
  ],
};
