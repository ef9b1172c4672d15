// Which column of a sheet holds which of our fields: proposed from the headers (ours, as our exports write them, and
// the old Google Sheet's likely ones), or the one the administrator saved last time if the sheet still has its columns.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, importMappingSchema, type ImportField, type ImportMapping } from '@bmrts/shared';
import { normalised } from './cell-values';

/** Header names each field goes by, best first: our export's header, then the old sheet's words. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  trackingNo: ['เลขที่คำขอ', 'เลขที่หนังสือ', 'เลขที่', 'เลขที่รับ', 'tracking no', 'trackingno'],
  letterNo: ['เลขที่หนังสือ', 'เลขที่หนังสือของหน่วยงาน', 'letter no', 'letter number'],
  letterDate: ['หนังสือลงวันที่', 'ลงวันที่', 'วันที่หนังสือ', 'letter date'],
  unit: ['รหัสหน่วยงาน', 'หน่วยงาน', 'หน่วยรับงบประมาณ', 'ชื่อหน่วยงาน', 'unit', 'unit code'],
  type: ['ประเภทคำขอ', 'ประเภท', 'type'],
  fiscalYear: ['ปีงบประมาณ (พ.ศ.)', 'ปีงบประมาณ', 'ปีงบ', 'fiscal year'],
  title: ['เรื่อง', 'รายการ', 'ชื่อเรื่อง', 'title'],
  justification: ['เหตุผลความจำเป็น', 'เหตุผล', 'รายละเอียด', 'justification'],
  category: ['งบรายจ่าย', 'ประเภทงบ', 'หมวดงบ', 'category'],
  amount: ['จำนวนเงิน (บาท)', 'จำนวนเงิน', 'วงเงิน', 'วงเงิน (บาท)', 'amount'],
  status: ['สถานะ', 'ผลการพิจารณา', 'status'],
  level: ['ระดับการพิจารณา', 'ระดับ', 'ระดับปัจจุบัน', 'level'],
  finalLevel: ['ระดับที่มีอำนาจอนุมัติ', 'ระดับอนุมัติ'],
  createdAt: ['วันที่สร้าง', 'created'],
  submittedAt: ['วันที่ส่ง', 'วันที่ยื่น', 'วันที่รับเรื่อง', 'วันที่', 'submitted'],
  levelEnteredAt: ['วันที่เข้าระดับปัจจุบัน'],
  decidedAt: ['วันที่สิ้นสุด', 'วันที่อนุมัติ', 'วันที่พิจารณาเสร็จ', 'decided'],
};

export function proposeMapping(headers: readonly string[]): ImportMapping {
  const byName = new Map(headers.map((h) => [normalised(h), h]));
  const taken = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const header = HEADER_NAMES[field].map((name) => byName.get(normalised(name))).find((h) => h !== undefined && !taken.has(h));
    if (header) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}

/** Required fields left unmapped, or mapped to a column the sheet does not have. */
export function missingFields(mapping: ImportMapping, headers: readonly string[]): ImportField[] {
  return REQUIRED_IMPORT_FIELDS.filter((f) => {
    const header = mapping[f];
    return header === undefined || !headers.includes(header);
  });
}

export async function savedMapping(db: Kysely<Database>, userId: string): Promise<ImportMapping | null> {
  const row = await db.selectFrom('import_mappings').select('mapping').where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

export async function saveMapping(db: Kysely<Database>, userId: string, mapping: ImportMapping, at: string): Promise<void> {
  const json = JSON.stringify(mapping);
  await db
    .insertInto('import_mappings')
    .values({ user_id: userId, mapping: json, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ mapping: json, updated_at: at }))
    .execute();
}

/** The mapping to use: the one given; else the saved one if the sheet has every column it names; else a proposal. */
export async function chooseMapping(
  db: Kysely<Database>,
  userId: string,
  headers: readonly string[],
  given: ImportMapping | null,
): Promise<{ mapping: ImportMapping; source: 'given' | 'saved' | 'proposed' }> {
  if (given) return { mapping: given, source: 'given' };
  const saved = await savedMapping(db, userId);
  if (saved && Object.values(saved).every((h) => headers.includes(h)) && missingFields(saved, headers).length === 0) {
    return { mapping: saved, source: 'saved' };
  }
  return { mapping: proposeMapping(headers), source: 'proposed' };
}
