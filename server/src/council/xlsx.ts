// The Council report as an XLSX workbook (exceljs): one sheet per section and a totals sheet, a title row, Thai headers,
// BE dates as text, money as numbers in baht formatted '#,##0.00'.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../http/exceljs';
import {
  CENTRAL_FUND_ITEM_NAMES,
  formatThaiDate,
  type CouncilReport,
  type CouncilReportRow,
  type CouncilReportTotals,
} from '@bmrts/shared';
import {
  HEADERS,
  SECTION_TITLES,
  SHEET_NAMES,
  TOTAL_LABEL,
  deciderWords,
  itemWords,
  outcomeWords,
  reportTitle,
  typeWords,
} from './xlsx-words';

const MONEY_FORMAT = '#,##0.00';
const FONT = { name: 'Sarabun', size: 12 } as const;

/** Baht for a spreadsheet cell; the exact satang stay in the JSON, the cell shows them to two decimals. */
const baht = (satang: number) => satang / 100;
const beDate = (iso: string | null) => (iso ? formatThaiDate(iso, 'th') : '');

interface Column {
  header: string;
  width: number;
  money?: boolean;
  value: (row: CouncilReportRow, index: number) => string | number;
}

function addTitledSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  headers: readonly { header: string; width: number; money?: boolean | undefined }[],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = headers.map((h) => ({ width: h.width, style: { font: FONT, ...(h.money ? { numFmt: MONEY_FORMAT } : {}) } }));
  sheet.addRow([title]).font = { ...FONT, bold: true, size: 14 };
  sheet.addRow([subtitle]).font = { ...FONT, bold: true };
  const header = sheet.addRow(headers.map((h) => h.header));
  // Printed over several pages, each repeats the column headers.
  sheet.pageSetup.printTitlesRow = '3:3';
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  return sheet;
}

function rowsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  report: CouncilReport,
  subtitle: string,
  columns: readonly Column[],
  rows: readonly CouncilReportRow[],
  total: CouncilReportTotals,
) {
  const sheet = addTitledSheet(workbook, name, reportTitle(report.fiscalYear), subtitle, columns);
  rows.forEach((row, index) => sheet.addRow(columns.map((c) => c.value(row, index))));
  const moneyIndex = columns.findIndex((c) => c.money);
  const totalCells: (string | number)[] = columns.map(() => '');
  totalCells[1] = `${TOTAL_LABEL} ${total.count} เรื่อง`;
  totalCells[moneyIndex] = baht(total.amountSatang);
  sheet.addRow(totalCells).font = { ...FONT, bold: true };
}

const no: Column = { header: HEADERS.no, width: 7, value: (_r, i) => i + 1 };
const trackingNo: Column = { header: HEADERS.trackingNo, width: 18, value: (r) => r.trackingNo };
const unit: Column = { header: HEADERS.unit, width: 30, value: (r) => r.unitName.th };
const item: Column = { header: HEADERS.item, width: 32, value: itemWords };
const title: Column = { header: HEADERS.title, width: 48, value: (r) => r.title };
const amount: Column = { header: HEADERS.amount, width: 18, money: true, value: (r) => baht(r.amountSatang) };
const submittedAt: Column = { header: HEADERS.submittedAt, width: 14, value: (r) => beDate(r.submittedAt) };
const decidedAt: Column = { header: HEADERS.decidedAt, width: 14, value: (r) => beDate(r.decidedAt) };
const outcome: Column = { header: HEADERS.outcome, width: 24, value: outcomeWords };
const decidedBy: Column = { header: HEADERS.decidedBy, width: 36, value: deciderWords };

const CENTRAL_FUND_COLUMNS: readonly Column[] = [no, trackingNo, unit, item, title, amount, submittedAt, decidedAt, outcome, decidedBy];
const COUNCIL_COLUMNS: readonly Column[] = [
  no,
  trackingNo,
  { header: HEADERS.type, width: 30, value: typeWords },
  unit,
  item,
  title,
  amount,
  submittedAt,
  { header: HEADERS.councilAt, width: 14, value: (r) => beDate(r.councilSubmittedAt) },
  decidedAt,
  outcome,
  decidedBy,
];

const TOTAL_COLUMNS = [
  { header: HEADERS.section, width: 12 },
  { header: HEADERS.group, width: 44 },
  { header: HEADERS.count, width: 12 },
  { header: HEADERS.amount, width: 20, money: true },
  { header: HEADERS.approvedCount, width: 12 },
  { header: HEADERS.approvedAmount, width: 20, money: true },
  { header: HEADERS.rejectedCount, width: 12 },
  { header: HEADERS.rejectedAmount, width: 20, money: true },
  { header: HEADERS.awaitingCount, width: 12 },
  { header: HEADERS.awaitingAmount, width: 20, money: true },
  { header: HEADERS.withdrawnCount, width: 12 },
  { header: HEADERS.withdrawnAmount, width: 20, money: true },
] as const;

function totalCells(section: string, label: string, t: CouncilReportTotals): (string | number)[] {
  return [
    section,
    label,
    t.count,
    baht(t.amountSatang),
    t.approvedCount,
    baht(t.approvedSatang),
    t.rejectedCount,
    baht(t.rejectedSatang),
    t.awaitingCount,
    baht(t.awaitingSatang),
    t.withdrawnCount,
    baht(t.withdrawnSatang),
  ];
}

function totalsSheet(workbook: ExcelJS.Workbook, report: CouncilReport) {
  const sheet = addTitledSheet(workbook, SHEET_NAMES.totals, reportTitle(report.fiscalYear), SHEET_NAMES.totals, TOTAL_COLUMNS);
  for (const line of report.centralFund.byItem) sheet.addRow(totalCells('1', CENTRAL_FUND_ITEM_NAMES[line.item].th, line));
  sheet.addRow(totalCells('1', `${TOTAL_LABEL} ส่วนที่ 1`, report.centralFund.total)).font = { ...FONT, bold: true };
  for (const line of report.council.byType) sheet.addRow(totalCells('2', typeWords(line), line));
  sheet.addRow(totalCells('2', `${TOTAL_LABEL} ส่วนที่ 2`, report.council.total)).font = { ...FONT, bold: true };
}

export async function councilReportXlsx(report: CouncilReport, createdAt: Date): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BMRTS';
  workbook.title = reportTitle(report.fiscalYear);
  workbook.created = createdAt;
  workbook.modified = createdAt;
  rowsSheet(
    workbook,
    SHEET_NAMES.centralFund,
    report,
    SECTION_TITLES.centralFund,
    CENTRAL_FUND_COLUMNS,
    report.centralFund.rows,
    report.centralFund.total,
  );
  rowsSheet(workbook, SHEET_NAMES.council, report, SECTION_TITLES.council, COUNCIL_COLUMNS, report.council.rows, report.council.total);
  totalsSheet(workbook, report);
  // exceljs hands back a Node Buffer typed as its own Buffer interface; the bytes are what matter.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
