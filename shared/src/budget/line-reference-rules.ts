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

/** Why a row of a budget-line sheet is refused: "แถว 5: …", in the reader's language. */
export const LINE_IMPORT_REFUSALS = {
  yearInvalid: {
    th: 'ปีงบประมาณ "{value}" ไม่ถูกต้อง ใช้ปีพุทธศักราช เช่น 2570',
    en: 'Fiscal year "{value}" is not valid; use the BE year, e.g. 2570',
  },
  unitUnknown: { th: 'ไม่พบหน่วยรับงบประมาณ "{value}"', en: 'Unknown budget unit "{value}"' },
  codeMissing: { th: 'ไม่มีรหัสรายการ', en: 'The line code is missing' },
  codeTaken: { th: 'รหัสรายการ "{value}" มีอยู่แล้วในปีงบประมาณนี้', en: 'Line code "{value}" already exists in this fiscal year' },
  codeRepeated: { th: 'รหัสรายการ "{value}" ซ้ำกับแถวก่อนหน้าในไฟล์', en: 'Line code "{value}" repeats an earlier row of the file' },
  textMissing: { th: 'ไม่มี{value}', en: 'The {value} is missing' },
  categoryUnknown: { th: 'ไม่รู้จักงบรายจ่าย "{value}"', en: 'Unknown budget category "{value}"' },
  centralItemUnknown: { th: 'ไม่รู้จักรายการงบกลาง "{value}"', en: 'Unknown central-fund item "{value}"' },
  centralNeedsItem: {
    th: 'รายการงบกลางต้องระบุรายการงบกลาง และไม่ระบุหน่วยรับงบประมาณ',
    en: 'A central-fund line names its central-fund item and no budget unit',
  },
  amountInvalid: {
    th: 'จำนวนเงิน "{value}" ไม่ถูกต้อง ใส่ตัวเลขเป็นบาท ไม่ติดลบ ไม่เกิน 100,000,000,000.00 บาท',
    en: 'Amount "{value}" is not valid: baht, not negative, at most 100,000,000,000.00',
  },
} as const satisfies Record<string, Bilingual>;
export type LineImportRefusal = keyof typeof LINE_IMPORT_REFUSALS;
