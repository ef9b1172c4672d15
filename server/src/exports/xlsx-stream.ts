// The one XLSX writer, on exceljs' streaming WorkbookWriter: each row is committed (written into the zip) as soon as it
// is added, strings are inline (no shared-string table held in memory), and the next page is read only once the
// bytes already written have been taken by the client. Every sheet looks alike: Sarabun, a bold wrapped header row
// kept in view and repeated on each printed page, A4 landscape one page wide, numbers and dates as real cells.
import { PassThrough, Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../http/exceljs';
import { cellsOf, type ExportColumnKind, type ExportSheet, type ExportValue } from './export-spec';
import { bangkokWallClock } from '@bmrts/shared';
import { bahtNumber } from './thai-cells';

/** Buddhist-era dates in Excel: [$-xxyyzzzz] with yy = 07, the Thai calendar, and zzzz = 041E, Thai. */
export const XLSX_NUMBER_FORMATS: Partial<Record<ExportColumnKind, string>> = {
  integer: '0',
  decimal: '0.0',
  percent: '0.0',
  mean: '0.00',
  money: '#,##0.00',
  date: '[$-107041E]dd/mm/yyyy',
  datetime: '[$-107041E]dd/mm/yyyy hh:mm',
};

const FONT = { name: 'Sarabun', size: 12 } as const;

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

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExportSheet, out: PassThrough): Promise<void> {
  const heading = sheet.heading ?? [];
  const headerRow = heading.length + 1;
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  worksheet.columns = sheet.columns.map((c) => {
    const numFmt = XLSX_NUMBER_FORMATS[c.kind];
    return { width: c.width, style: { font: FONT, ...(numFmt ? { numFmt } : {}) } };
  });
  heading.forEach((line, i) => {
    const row = worksheet.addRow([line]);
    row.font = i === 0 ? { ...FONT, bold: true, size: 14 } : { ...FONT, bold: true };
    row.commit();
  });
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for await (const page of sheet.rows) {
    for (const line of page) {
      const row = worksheet.addRow(cellsOf(line).map((value, i) => cellValue(sheet.columns[i]?.kind ?? 'auto', value)));
      if ('total' in line) row.font = { ...FONT, bold: true };
      row.commit();
    }
    // Back-pressure: wait until the client has taken what is buffered before reading the next page.
    if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
  }
  worksheet.commit();
}

async function writeWorkbook(sheets: readonly ExportSheet[], out: PassThrough, createdAt: Date, title: string | undefined): Promise<void> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'BMRTS';
  if (title) workbook.title = title;
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const sheet of sheets) await writeSheet(workbook, sheet, out);
  await workbook.commit();
}

/** `title` is the workbook's document title (File › Properties), where the file is a report. */
export function xlsxStream(sheets: readonly ExportSheet[], createdAt: Date, title?: string): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  // A failure part-way (the database gone) can no longer change the status: the download ends broken, not silently short.
  writeWorkbook(sheets, out, createdAt, title).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
