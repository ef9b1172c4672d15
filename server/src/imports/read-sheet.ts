// Reads an uploaded spreadsheet into a header row and data rows. The kind comes from the bytes, not the name or the
// declared type: a ZIP container that exceljs opens as a workbook is XLSX, well-formed UTF-8 text is CSV (read by
// csv-parse: RFC 4180 quoting, a byte-order mark and CRLF lines are a well-kept library's job, not ours).
import type ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import { loadExcelJS } from '../http/exceljs';
import { assertUnpacksWithin } from './zip-guard';
import { DomainError, MAX_IMPORT_ROWS, isUtf8Text, storedText } from '@bmrts/shared';

/** A cell as the sheet holds it: text (as storedText keeps it), a number, or a date (XLSX date cells, Bangkok wall-clock time). */
export type SheetCell = string | number | Date | null;

export interface SheetRow {
  /** The row in the sheet as a person sees it; 1 is the header row. */
  row: number;
  cells: ReadonlyMap<string, SheetCell>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const refused = () => new DomainError('import_file_type', 415);

function isZip(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

function tooMany(count: number): void {
  if (count > MAX_IMPORT_ROWS) throw new DomainError('import_too_many_rows', 422);
}

/** Text in the one form the API keeps text in (NFC, trimmed), so a header matches a mapping and a title is stored as read. */
const asStored = (cell: SheetCell): SheetCell => (typeof cell === 'string' ? storedText(cell) : cell);

function sheetOf(headerCells: readonly SheetCell[], body: { row: number; values: readonly SheetCell[] }[]): Sheet {
  const headers = headerCells.map((h) => (h === null ? '' : storedText(String(h))));
  if (headers.every((h) => h === '')) throw refused();
  const rows = body
    .filter(({ values }) => values.some((v) => v !== null && String(v).trim() !== ''))
    .map(({ row, values }) => {
      const cells = new Map<string, SheetCell>();
      headers.forEach((h, i) => {
        // The first column of a name wins if a sheet repeats a header.
        if (h !== '' && !cells.has(h)) cells.set(h, asStored(values[i] ?? null));
      });
      return { row, cells };
    });
  return { headers: [...new Set(headers.filter((h) => h !== ''))], rows };
}

/** Each record with the row Excel shows it in: blank lines are rows there too, though they carry no record. */
function csvRecords(text: string): { row: number; values: string[] }[] {
  const records: { row: number; values: string[] }[] = [];
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      // Rows may be shorter or longer than the header (a missing cell is empty); a quote inside an unquoted cell
      // (โครงการ "ก") is kept as typed rather than refused.
      relax_column_count: true,
      relax_quotes: true,
      on_record: (values: string[], context) => {
        records.push({ row: context.records + context.empty_lines, values });
        return null;
      },
    });
  } catch (error) {
    // The library's message is for programmers; the clerk is told what to do about the file.
    if (error instanceof CsvError) throw new DomainError('import_csv_unreadable', 422);
    throw error;
  }
  return records;
}

function readCsv(bytes: Uint8Array): Sheet {
  const [header, ...body] = csvRecords(new TextDecoder('utf-8').decode(bytes));
  if (!header) throw refused();
  tooMany(body.length);
  return sheetOf(
    header.values,
    body.map(({ row, values }) => ({ row, values: values.map((v) => (v.trim() === '' ? null : v)) })),
  );
}

function plainCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue); // a formula: its cached result
    if ('text' in value) return String(value.text); // a hyperlink
  }
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  assertUnpacksWithin(bytes);
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw refused();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw refused();
  tooMany(sheet.rowCount - 1);
  const width = sheet.columnCount;
  const valuesOf = (rowNumber: number) => Array.from({ length: width }, (_, i) => plainCell(sheet.getRow(rowNumber).getCell(i + 1).value));
  const body = Array.from({ length: sheet.rowCount - 1 }, (_, i) => ({ row: i + 2, values: valuesOf(i + 2) }));
  return sheetOf(valuesOf(1), body);
}

export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw refused();
  if (isZip(bytes)) return readXlsx(bytes);
  if (isUtf8Text(bytes)) return readCsv(bytes);
  throw refused();
}
