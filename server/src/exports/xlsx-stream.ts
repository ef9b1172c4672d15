// Streams rows as an XLSX workbook with exceljs' streaming WorkbookWriter: each row is committed (written into the
// zip) as soon as it is added, strings are inline (no shared-string table held in memory), and the next page is read
// only once the bytes already written have been taken by the client.
import { PassThrough, Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../http/exceljs';
import type { ExportColumnKind, ExportSpec, ExportValue, RowPages } from './export-spec';
import { bangkokWallClock } from '@bmrts/shared';
import { bahtNumber } from './thai-cells';

/** Buddhist-era dates in Excel: [$-xxyyzzzz] with yy = 07, the Thai calendar, and zzzz = 041E, Thai. */
export const XLSX_NUMBER_FORMATS: Partial<Record<ExportColumnKind, string>> = {
  integer: '0',
  decimal: '0.0',
  money: '#,##0.00',
  date: '[$-107041E]dd/mm/yyyy',
  datetime: '[$-107041E]dd/mm/yyyy hh:mm',
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

function cellValue(kind: ExportColumnKind, value: ExportValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'money') return bahtNumber(Number(value));
  if (kind === 'date' || kind === 'datetime') return bangkokWallClock(String(value));
  return value;
}

async function writeWorkbook<Row>(spec: ExportSpec<Row>, pages: RowPages<Row>, out: PassThrough, createdAt: Date): Promise<void> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'BMRTS';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(sheetName(spec.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => {
    const numFmt = XLSX_NUMBER_FORMATS[c.kind];
    return { header: c.header, width: c.width, style: { font: { name: 'Sarabun', size: 12 }, ...(numFmt ? { numFmt } : {}) } };
  });
  const header = sheet.getRow(1);
  header.font = { name: 'Sarabun', size: 12, bold: true };
  header.commit();
  for await (const page of pages) {
    for (const row of page) sheet.addRow(spec.columns.map((c) => cellValue(c.kind, c.value(row)))).commit();
    // Back-pressure: wait until the client has taken what is buffered before reading the next page.
    if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
  }
  sheet.commit();
  await workbook.commit();
}

export function xlsxStream<Row>(spec: ExportSpec<Row>, pages: RowPages<Row>, createdAt: Date): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  // A failure part-way (the database gone) can no longer change the status: the download ends broken, not silently short.
  writeWorkbook(spec, pages, out, createdAt).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
