// Importing past requests from a spreadsheet: the fields a sheet's columns map to, the upload, the dry run and the result.
import { z } from 'zod';
import type { Bilingual } from '../levels';
import { REQUEST_STATUSES } from '../status';
import { REQUEST_TYPES } from '../request-types';
import { boundedText } from './text';

/** At most 5 MiB and 5,000 rows a file: a year of one office's requests is a few thousand. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export const IMPORT_FIELDS = [
  'trackingNo',
  // After trackingNo: a sheet whose only number is "เลขที่หนังสือ" still has it read as its reference, as before.
  'letterNo',
  'letterDate',
  'unit',
  'type',
  'fiscalYear',
  'title',
  'justification',
  'category',
  'amount',
  'status',
  'level',
  'finalLevel',
  'createdAt',
  'submittedAt',
  'levelEnteredAt',
  'decidedAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A request cannot be imported without these. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['unit', 'type', 'title', 'amount', 'status'];

export const IMPORT_FIELD_NAMES: Record<ImportField, Bilingual> = {
  trackingNo: { th: 'เลขที่คำขอ / เลขที่หนังสือเดิม', en: 'Tracking or letter number' },
  letterNo: { th: 'เลขที่หนังสือของหน่วยงาน', en: 'Unit’s letter number' },
  letterDate: { th: 'หนังสือลงวันที่', en: 'Letter dated' },
  unit: { th: 'หน่วยงาน (รหัสหรือชื่อ)', en: 'Unit (code or name)' },
  type: { th: 'ประเภทคำขอ', en: 'Request type' },
  fiscalYear: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' },
  title: { th: 'เรื่อง / รายการ', en: 'Title' },
  justification: { th: 'เหตุผลความจำเป็น', en: 'Justification' },
  category: { th: 'งบรายจ่าย', en: 'Budget category' },
  amount: { th: 'จำนวนเงิน (บาท)', en: 'Amount (baht)' },
  status: { th: 'สถานะ', en: 'Status' },
  level: { th: 'ระดับการพิจารณา', en: 'Review level' },
  finalLevel: { th: 'ระดับที่มีอำนาจอนุมัติ', en: 'Deciding level' },
  createdAt: { th: 'วันที่สร้าง', en: 'Created on' },
  submittedAt: { th: 'วันที่ส่ง', en: 'Submitted on' },
  levelEnteredAt: { th: 'วันที่เข้าระดับปัจจุบัน', en: 'Reached current level on' },
  decidedAt: { th: 'วันที่อนุมัติ / วันที่สิ้นสุด', en: 'Decided on' },
};

const header = boundedText(1, 200);
/** Each of our fields to the sheet header that holds it; fields left out are not read. */
export const importMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), header);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importUploadSchema = z.object({
  file: z
    .file()
    .meta({ type: 'string', format: 'binary', description: 'CSV (UTF-8) or XLSX, at most 5 MiB; the type is read from its content' }),
  mapping: z
    .string()
    .max(20_000)
    .optional()
    .describe('JSON of { field: sheet header }; left out, the saved mapping or one proposed from the headers is used'),
});

export const IMPORT_REFUSALS = {
  unit_unknown: { th: 'ไม่พบหน่วยงาน "{value}"', en: 'Unknown unit "{value}"' },
  type_unknown: { th: 'ไม่รู้จักประเภทคำขอ "{value}"', en: 'Unknown request type "{value}"' },
  title_invalid: { th: 'เรื่องต้องมี 3–300 ตัวอักษร', en: 'The title must have 3–300 characters' },
  justification_too_long: { th: 'เหตุผลยาวเกิน 5,000 ตัวอักษร', en: 'The justification is longer than 5,000 characters' },
  amount_invalid: {
    th: 'จำนวนเงิน "{value}" ไม่ถูกต้อง (ต้องเป็นจำนวนบาทมากกว่าศูนย์ ทศนิยมไม่เกิน 2 ตำแหน่ง)',
    en: 'Amount "{value}" is not valid (baht above zero, at most 2 decimals)',
  },
  category_unknown: { th: 'ไม่รู้จักงบรายจ่าย "{value}"', en: 'Unknown budget category "{value}"' },
  status_unknown: { th: 'ไม่รู้จักสถานะ "{value}"', en: 'Unknown status "{value}"' },
  level_invalid: { th: 'ระดับการพิจารณา "{value}" ไม่สอดคล้องกับสถานะ', en: 'Review level "{value}" does not fit the status' },
  fiscal_year_invalid: { th: 'ปีงบประมาณ "{value}" ไม่ถูกต้อง', en: 'Fiscal year "{value}" is not valid' },
  date_missing: { th: 'ไม่มีวันที่ส่ง', en: 'The submission date is missing' },
  date_invalid: { th: 'วันที่ "{value}" ไม่ถูกต้อง (ใช้ วว/ดด/ปปปป พ.ศ.)', en: 'Date "{value}" is not valid (use dd/mm/yyyy, BE)' },
  dates_out_of_order: { th: 'วันที่สิ้นสุดอยู่ก่อนวันที่ส่ง', en: 'The decision date is before the submission date' },
  tracking_no_mismatch: {
    th: 'เลขที่คำขอ "{value}" ไม่ตรงกับประเภทคำขอหรือปีงบประมาณ',
    en: 'Tracking number "{value}" does not match the type or fiscal year',
  },
  tracking_no_duplicate: {
    th: 'เลขที่ "{value}" ซ้ำกับคำขอที่มีอยู่แล้วหรือแถวก่อนหน้า',
    en: 'Number "{value}" repeats an existing request or an earlier row',
  },
  // One per problem, worded by describeIssue ({reason}); {column} is the sheet's own header for the cell.
  content_invalid: { th: 'แถว {row} คอลัมน์ {column}: {reason}', en: 'Row {row}, column {column}: {reason}' },
  text_unreadable: {
    th: 'ช่อง "{value}" มีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย กรุณาแก้ไขในไฟล์แล้วนำเข้าใหม่',
    en: 'The "{value}" cell holds invisible control characters or broken characters; please fix it in the file and import again',
  },
} as const satisfies Record<string, Bilingual>;
export type ImportRefusalCode = keyof typeof IMPORT_REFUSALS;

const reason = z.object({ code: z.string(), message: z.string().describe('In the caller’s language') });

export const importedRowSchema = z.object({
  row: z.number().int().describe('The row in the sheet; 1 is the header row'),
  trackingNo: z.string().nullable().describe('Kept from the sheet; null when a new one is given at import'),
  sourceRef: z.string().nullable(),
  unitCode: z.string(),
  type: z.enum(REQUEST_TYPES),
  fiscalYear: z.number().int(),
  title: z.string(),
  amountSatang: z.number().int(),
  status: z.enum(REQUEST_STATUSES),
  level: z.number().int(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type ImportedRow = z.infer<typeof importedRowSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: importMappingSchema,
  mappingSource: z.enum(['given', 'saved', 'proposed']),
  missingFields: z
    .array(z.enum(IMPORT_FIELDS))
    .describe('Required fields the mapping leaves out; nothing can be imported until they are mapped'),
  totalRows: z.number().int(),
  accepted: z.array(importedRowSchema),
  refused: z.array(z.object({ row: z.number().int(), reasons: z.array(reason) })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = importPreviewSchema.extend({
  batchId: z.string(),
  imported: z.array(z.object({ row: z.number().int(), id: z.string(), trackingNo: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;
