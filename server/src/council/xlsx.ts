// The Council report as an XLSX workbook: one sheet per section and a totals sheet, each under the report's title
// and its section, Thai headers, BE dates as text, money as numbers in baht formatted '#,##0.00' (the one XLSX writer).
import {
  CENTRAL_FUND_ITEM_NAMES,
  formatThaiDate,
  type CouncilReport,
  type CouncilReportRow,
  type CouncilReportTotals,
} from '@bmrts/shared';
import {
  onePage,
  sheetsDownload,
  type ExportColumnKind,
  type ExportDownload,
  type ExportRow,
  type ExportSheet,
  type ExportValue,
} from '../exports';
import {
  HEADERS,
  LEDGER_WORDS,
  SECTION_TITLES,
  SHEET_NAMES,
  TOTAL_LABEL,
  deciderWords,
  itemWords,
  outcomeWords,
  reportTitle,
  typeWords,
} from './xlsx-words';

const beDate = (iso: string | null) => (iso ? formatThaiDate(iso, 'th') : '');

interface Column {
  header: string;
  width: number;
  kind: ExportColumnKind;
  value: (row: CouncilReportRow, index: number) => ExportValue;
}

function rowsSheet(
  name: string,
  report: CouncilReport,
  subtitle: string,
  columns: readonly Column[],
  rows: readonly CouncilReportRow[],
  total: CouncilReportTotals,
): ExportSheet {
  const totalCells: ExportValue[] = columns.map(() => null);
  totalCells[1] = `${TOTAL_LABEL} ${total.count} เรื่อง`;
  totalCells[columns.findIndex((c) => c.kind === 'money')] = total.amountSatang;
  return {
    name,
    heading: [reportTitle(report.fiscalYear), subtitle],
    columns,
    rows: onePage<ExportRow>([...rows.map((row, index) => columns.map((c) => c.value(row, index))), { total: totalCells }]),
  };
}

const no: Column = { header: HEADERS.no, width: 7, kind: 'integer', value: (_r, i) => i + 1 };
const trackingNo: Column = { header: HEADERS.trackingNo, width: 18, kind: 'text', value: (r) => r.trackingNo };
const unit: Column = { header: HEADERS.unit, width: 30, kind: 'text', value: (r) => r.unitName.th };
const item: Column = { header: HEADERS.item, width: 32, kind: 'text', value: itemWords };
const title: Column = { header: HEADERS.title, width: 48, kind: 'text', value: (r) => r.title };
const amount: Column = { header: HEADERS.amount, width: 18, kind: 'money', value: (r) => r.amountSatang };
const submittedAt: Column = { header: HEADERS.submittedAt, width: 14, kind: 'text', value: (r) => beDate(r.submittedAt) };
const decidedAt: Column = { header: HEADERS.decidedAt, width: 14, kind: 'text', value: (r) => beDate(r.decidedAt) };
const outcome: Column = { header: HEADERS.outcome, width: 24, kind: 'text', value: outcomeWords };
const decidedBy: Column = { header: HEADERS.decidedBy, width: 36, kind: 'text', value: deciderWords };

const CENTRAL_FUND_COLUMNS: readonly Column[] = [no, trackingNo, unit, item, title, amount, submittedAt, decidedAt, outcome, decidedBy];
const COUNCIL_COLUMNS: readonly Column[] = [
  no,
  trackingNo,
  { header: HEADERS.type, width: 30, kind: 'text', value: typeWords },
  unit,
  item,
  title,
  amount,
  submittedAt,
  { header: HEADERS.councilAt, width: 14, kind: 'text', value: (r) => beDate(r.councilSubmittedAt) },
  decidedAt,
  outcome,
  decidedBy,
];

const count = (header: string) => ({ header, width: 12, kind: 'integer' as const });
const money = (header: string) => ({ header, width: 20, kind: 'money' as const });
const TOTAL_COLUMNS = [
  { header: HEADERS.section, width: 12, kind: 'text' as const },
  { header: HEADERS.group, width: 44, kind: 'text' as const },
  count(HEADERS.count),
  money(HEADERS.amount),
  count(HEADERS.approvedCount),
  money(HEADERS.approvedAmount),
  count(HEADERS.rejectedCount),
  money(HEADERS.rejectedAmount),
  count(HEADERS.awaitingCount),
  money(HEADERS.awaitingAmount),
  count(HEADERS.withdrawnCount),
  money(HEADERS.withdrawnAmount),
];

function totalCells(section: string, label: string, t: CouncilReportTotals): ExportValue[] {
  return [
    section,
    label,
    t.count,
    t.amountSatang,
    t.approvedCount,
    t.approvedSatang,
    t.rejectedCount,
    t.rejectedSatang,
    t.awaitingCount,
    t.awaitingSatang,
    t.withdrawnCount,
    t.withdrawnSatang,
  ];
}

function totalsSheet(report: CouncilReport): ExportSheet {
  const rows: ExportRow[] = [
    ...report.centralFund.byItem.map((line) => totalCells('1', CENTRAL_FUND_ITEM_NAMES[line.item].th, line)),
    { total: totalCells('1', `${TOTAL_LABEL} ส่วนที่ 1`, report.centralFund.total) },
    ...report.council.byType.map((line) => totalCells('2', typeWords(line), line)),
    { total: totalCells('2', `${TOTAL_LABEL} ส่วนที่ 2`, report.council.total) },
  ];
  return {
    name: SHEET_NAMES.totals,
    heading: [reportTitle(report.fiscalYear), SHEET_NAMES.totals],
    columns: TOTAL_COLUMNS,
    rows: onePage(rows),
  };
}

/** Part 1 against the budget ledger: per item the approved requests, the ledger's payments and the difference; the verdict in the heading. */
function ledgerSheet(report: CouncilReport): ExportSheet {
  const { ledger } = report.centralFund;
  const verdict = ledger.agrees ? LEDGER_WORDS.agrees : LEDGER_WORDS.disagrees;
  const inOut = ledger.centralOutSatang === ledger.centralInSatang ? [] : [LEDGER_WORDS.inOutDiffer];
  const requestsTotal = ledger.byItem.reduce((sum, i) => sum + i.requestsSatang, 0);
  return {
    name: SHEET_NAMES.ledger,
    heading: [reportTitle(report.fiscalYear), LEDGER_WORDS.subtitle, verdict, ...inOut],
    columns: [
      { header: LEDGER_WORDS.item, width: 44, kind: 'text' },
      { header: LEDGER_WORDS.requests, width: 22, kind: 'money' },
      { header: LEDGER_WORDS.ledger, width: 24, kind: 'money' },
      { header: LEDGER_WORDS.difference, width: 18, kind: 'money' },
      { header: LEDGER_WORDS.received, width: 24, kind: 'money' },
    ],
    rows: onePage<ExportRow>([
      ...ledger.byItem.map((i) => [
        CENTRAL_FUND_ITEM_NAMES[i.item].th,
        i.requestsSatang,
        i.ledgerSatang,
        i.ledgerSatang - i.requestsSatang,
        null,
      ]),
      {
        total: [TOTAL_LABEL, requestsTotal, ledger.centralOutSatang, ledger.centralOutSatang - requestsTotal, ledger.centralInSatang],
      },
    ]),
  };
}

export function councilReportXlsx(report: CouncilReport, now: Date): ExportDownload {
  const sheets = [
    rowsSheet(
      SHEET_NAMES.centralFund,
      report,
      SECTION_TITLES.centralFund,
      CENTRAL_FUND_COLUMNS,
      report.centralFund.rows,
      report.centralFund.total,
    ),
    rowsSheet(SHEET_NAMES.council, report, SECTION_TITLES.council, COUNCIL_COLUMNS, report.council.rows, report.council.total),
    totalsSheet(report),
    ledgerSheet(report),
  ];
  const fileName = `รายงานสภากรุงเทพมหานคร-งบกลาง-${report.fiscalYear}.xlsx`;
  return sheetsDownload(sheets, { format: 'xlsx', fileName, now, title: reportTitle(report.fiscalYear) });
}
