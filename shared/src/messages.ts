// Error and validation messages in Thai and English, keyed by error code.
import type { ErrorCode } from './errors';
import type { Bilingual } from './levels';
import { CONTENT_RULES } from './schemas/request-content';

export type Lang = 'th' | 'en';
export const LANGS: readonly Lang[] = ['th', 'en'];

/** Picks the language from an Accept-Language header: Thai unless English is preferred. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'th';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'th';
}

export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  validation_failed: { th: 'ข้อมูลไม่ถูกต้อง', en: 'The data is not valid' },
  unauthenticated: { th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' },
  invalid_credentials: { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  forbidden: { th: 'คุณไม่มีสิทธิ์ดำเนินการนี้', en: 'You are not allowed to do this' },
  not_found: { th: 'ไม่พบข้อมูลที่ต้องการ', en: 'Not found' },
  version_conflict: {
    th: 'คำขอนี้ถูกดำเนินการไปแล้วโดยผู้อื่น กรุณาโหลดข้อมูลใหม่',
    en: 'Someone else acted on this request first; please reload it',
  },
  already_submitted: { th: 'คำขอนี้ส่งแล้ว แก้ไขไม่ได้', en: 'This request has been submitted and cannot be edited' },
  immutable_field: {
    th: 'ประเภทคำขอและปีงบประมาณแก้ไขไม่ได้หลังจากสร้างคำขอแล้ว',
    en: 'The request type and fiscal year cannot change once the request exists',
  },
  internal_error: { th: 'ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง', en: 'Something went wrong; please try again' },
  request_closed: { th: 'คำขอนี้มีผลสิ้นสุดแล้ว ไม่สามารถดำเนินการต่อได้', en: 'This request is closed; nothing more can be done with it' },
  not_allowed_in_status: { th: 'ดำเนินการนี้ไม่ได้ในสถานะปัจจุบันของคำขอ', en: 'This action is not possible in the request’s current status' },
  comment_required: { th: 'กรุณาระบุเหตุผลหรือความเห็น', en: 'Please give a comment saying why' },
  cannot_send_back_from_first_review: {
    th: 'คำขออยู่ที่ระดับเจ้าหน้าที่วิเคราะห์แล้ว ให้ใช้ "ส่งคืนหน่วยงาน" แทน',
    en: 'The request is at the analyst level already; return it to the unit instead',
  },
};

/** Messages of the cross-field checks in the request schemas. */
export const RULE_MESSAGES: Record<(typeof CONTENT_RULES)[keyof typeof CONTENT_RULES], Bilingual> = {
  amount_required: { th: 'กรุณาระบุจำนวนเงินมากกว่าศูนย์', en: 'Enter an amount greater than zero' },
  transfer_unbalanced: {
    th: 'ยอดรวมของรายการโอนต้องเท่ากับจำนวนเงินที่ขอ',
    en: 'The transfer lines must add up to the amount requested',
  },
  transfer_needs_lines: { th: 'กรุณาระบุรายการโอนอย่างน้อยหนึ่งรายการ', en: 'Add at least one transfer line' },
};

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang];
}
