// The Thai words of the Council report's workbook (the report is written for the Council, in Thai).
import {
  CENTRAL_FUND_ITEM_NAMES,
  COUNCIL_REPORT_COLUMNS_TH,
  COUNCIL_REPORT_PARTS_TH,
  COUNCIL_TITLE,
  LEVEL_TITLES,
  REQUEST_TYPE_NAMES,
  isLevel,
  type CouncilReportRow,
} from '@bmrts/shared';

export const SHEET_NAMES = {
  centralFund: 'งบกลาง',
  council: 'คำขอที่เสนอสภาฯ',
  totals: 'สรุปยอดรวม',
  ledger: 'งบกลางตามบัญชี',
} as const;

/** The ledger sheet (issue 16): part 1's totals per item as the budget ledger has them, beside the approved requests. */
export const LEDGER_WORDS = {
  subtitle: 'ยอดจ่ายจากงบกลางตามบัญชีงบประมาณ เทียบกับยอดคำขอที่อนุมัติในส่วนที่ 1',
  agrees: 'ตรงกัน: ยอดจ่ายจากงบกลางในบัญชีงบประมาณตรงกับยอดคำขอที่อนุมัติทุกรายการงบกลาง',
  disagrees: 'ไม่ตรงกัน: ยอดจ่ายจากงบกลางในบัญชีงบประมาณไม่ตรงกับยอดคำขอที่อนุมัติ ดูรายการที่มีผลต่าง',
  inOutDiffer: 'ยอดจ่ายจากงบกลางรวมไม่เท่ากับยอดที่หน่วยงานได้รับรวม',
  item: 'รายการงบกลาง',
  requests: 'คำขอที่อนุมัติ (บาท)',
  ledger: 'จ่ายตามบัญชีงบประมาณ (บาท)',
  difference: 'ผลต่าง (บาท)',
  received: 'หน่วยงานได้รับตามบัญชี (บาท)',
} as const;

export function reportTitle(fiscalYear: number): string {
  return `รายงานการอนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง และคำขอที่เสนอสภากรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;
}
export const SECTION_TITLES = COUNCIL_REPORT_PARTS_TH;

export const HEADERS = {
  ...COUNCIL_REPORT_COLUMNS_TH,
  section: 'ส่วน',
  group: 'รายการ',
  count: 'จำนวนคำขอ',
  approvedCount: 'อนุมัติ (เรื่อง)',
  approvedAmount: 'อนุมัติ (บาท)',
  rejectedCount: 'ไม่อนุมัติ (เรื่อง)',
  rejectedAmount: 'ไม่อนุมัติ (บาท)',
  awaitingCount: 'รอสภาฯ (เรื่อง)',
  awaitingAmount: 'รอสภาฯ (บาท)',
  withdrawnCount: 'ถอนคำขอ (เรื่อง)',
  withdrawnAmount: 'ถอนคำขอ (บาท)',
} as const;

export const TOTAL_LABEL = 'รวมทั้งสิ้น';

export function outcomeWords(row: CouncilReportRow): string {
  switch (row.outcome) {
    case 'approved':
      return row.decidedByCouncil ? 'สภากรุงเทพมหานครเห็นชอบ' : 'อนุมัติ';
    case 'rejected':
      return row.decidedByCouncil ? 'สภากรุงเทพมหานครไม่เห็นชอบ' : 'ไม่อนุมัติ';
    case 'awaiting_council':
      return 'รอสภากรุงเทพมหานครพิจารณา';
    case 'withdrawn':
      return 'หน่วยงานถอนคำขอ';
  }
}

export function deciderWords(row: CouncilReportRow): string {
  if (row.decidedByCouncil) return COUNCIL_TITLE.th;
  if (row.decidedAtLevel === null || !isLevel(row.decidedAtLevel)) return '';
  return `ระดับ ${row.decidedAtLevel} ${LEVEL_TITLES[row.decidedAtLevel].th}`;
}

export const itemWords = (row: CouncilReportRow) => (row.centralFundItem ? CENTRAL_FUND_ITEM_NAMES[row.centralFundItem].th : '');
export const typeWords = (row: Pick<CouncilReportRow, 'type'>) => REQUEST_TYPE_NAMES[row.type].th;
