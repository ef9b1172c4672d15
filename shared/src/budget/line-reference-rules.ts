// Which budget line a request may name where (issue 16), and the words for a line that does not fit. The server reads
// the lines and applies these; a refusal answers 400 with one message per field, in the caller's language.
import type { Bilingual } from '../levels';

export const LINE_REFERENCE_RULES = {
  missing: { th: 'ไม่พบรายการงบประมาณที่เลือก กรุณาเลือกใหม่', en: 'The chosen budget line does not exist; please choose again' },
  otherYear: {
    th: 'รายการงบประมาณที่เลือกเป็นของปีงบประมาณอื่น กรุณาเลือกรายการของปีงบประมาณเดียวกับคำขอ',
    en: 'The chosen budget line belongs to another fiscal year; choose one of the request’s fiscal year',
  },
  notOwnUnit: {
    th: 'รายการงบประมาณที่เลือกไม่ใช่ของหน่วยงานนี้ กรุณาเลือกรายการของหน่วยงานที่ยื่นคำขอ',
    en: 'The chosen budget line is not this unit’s; choose one of the requesting unit’s lines',
  },
  notCentralItem: {
    th: 'รายการงบกลางที่เลือกไม่ตรงกับรายการงบกลางของคำขอ',
    en: 'The chosen central-fund line is not the request’s central-fund item',
  },
  notUnitLine: {
    th: 'เลือกรายการงบประมาณของหน่วยงาน ไม่ใช่รายการงบกลาง',
    en: 'Choose a unit’s budget line, not a central-fund item',
  },
} as const satisfies Record<string, Bilingual>;
export type LineReferenceRule = keyof typeof LINE_REFERENCE_RULES;
