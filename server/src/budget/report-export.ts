// The lines report as a spreadsheet (GET /api/budget-report/export): one row per line with the columns of the line
// import (BUDGET_LINE_COLUMNS, so the identity reads the same both ways) and the figures in baht, then a bold totals
// row. How money and numbers are written is the export writers' (server/src/exports), as for every other export.
import {
  BUDGET_LINE_COLUMNS,
  CATEGORY_NAMES,
  CENTRAL_FUND_ITEM_NAMES,
  type BudgetLine,
  type BudgetReport,
  type ExportFormat,
} from '@bmrts/shared';
import { exportColumn as col, onePage, sheetsDownload, type ExportDownload, type ExportRow, type ExportSpec } from '../exports';

export const BUDGET_REPORT_HEADERS = {
  unitName: 'ชื่อหน่วยรับงบประมาณ',
  appropriation: 'งบประมาณตามข้อบัญญัติ (บาท)',
  allotted: 'จัดสรรเงินประจำงวดแล้ว (บาท)',
  transferIn: 'รับโอนเข้า (บาท)',
  transferOut: 'โอนออก (บาท)',
  centralIn: 'ได้รับจากงบกลาง (บาท)',
  centralOut: 'จ่ายจากงบกลาง (บาท)',
  remaining: 'คงเหลือ (บาท)',
  pendingCount: 'คำขอรออนุมัติ (จำนวน)',
  pendingAmount: 'ยอดรออนุมัติ (บาท)',
  total: 'รวม',
} as const;

const h = BUDGET_REPORT_HEADERS;
const c = BUDGET_LINE_COLUMNS;

type Row = BudgetLine & { unitName: string };

const spec: ExportSpec<Row> = {
  sheetName: 'งบประมาณ',
  columns: [
    col(c.fiscalYear, 'integer', 10, (r) => r.fiscalYear),
    col(c.unit, 'text', 10, (r) => r.unitCode ?? ''),
    col(h.unitName, 'text', 24, (r) => r.unitName),
    col(c.code, 'text', 16, (r) => r.code),
    col(c.plan, 'text', 28, (r) => r.plan),
    col(c.project, 'text', 28, (r) => r.project),
    col(c.category, 'text', 12, (r) => CATEGORY_NAMES[r.category].th),
    col(c.item, 'text', 32, (r) => r.item),
    col(c.centralItem, 'text', 24, (r) => (r.centralItem ? CENTRAL_FUND_ITEM_NAMES[r.centralItem].th : '')),
    col(h.appropriation, 'money', 16, (r) => r.totals.appropriationSatang),
    col(h.allotted, 'money', 16, (r) => r.totals.allottedSatang),
    col(h.transferIn, 'money', 14, (r) => r.totals.transferInSatang),
    col(h.transferOut, 'money', 14, (r) => r.totals.transferOutSatang),
    col(h.centralIn, 'money', 14, (r) => r.totals.centralInSatang),
    col(h.centralOut, 'money', 14, (r) => r.totals.centralOutSatang),
    col(h.remaining, 'money', 16, (r) => r.totals.remainingSatang),
    col(h.pendingCount, 'integer', 10, (r) => r.pending.count),
    col(h.pendingAmount, 'money', 16, (r) => r.pending.amountSatang),
  ],
};

/** The report's rows and its totals row, the figures in the same columns as the lines'. */
function reportRows(report: BudgetReport, unitNames: ReadonlyMap<string, string>): ExportRow[] {
  const rows: ExportRow[] = report.lines.map((line) => {
    const row: Row = { ...line, unitName: line.unitCode ? (unitNames.get(line.unitCode) ?? '') : 'งบกลาง' };
    return spec.columns.map((column) => column.value(row));
  });
  const t = report.totals;
  const figures = [
    t.appropriationSatang,
    t.allottedSatang,
    t.transferInSatang,
    t.transferOutSatang,
    t.centralInSatang,
    t.centralOutSatang,
    t.remainingSatang,
    t.pendingCount,
    t.pendingSatang,
  ];
  const label = `${h.total} ${t.lines.toLocaleString('th-TH')} รายการ`;
  rows.push({ total: [report.fiscalYear, label, ...Array<null>(spec.columns.length - 2 - figures.length).fill(null), ...figures] });
  return rows;
}

export function budgetReportDownload(
  report: BudgetReport,
  unitNames: ReadonlyMap<string, string>,
  format: ExportFormat,
  now: Date,
): ExportDownload {
  return sheetsDownload([{ name: spec.sheetName, columns: spec.columns, rows: onePage(reportRows(report, unitNames)) }], {
    format,
    fileName: `งบประมาณ-${report.fiscalYear}.${format}`,
    now,
    title: `รายงานงบประมาณ ปีงบประมาณ ${report.fiscalYear}`,
  });
}
