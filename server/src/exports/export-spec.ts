// What the one CSV writer and the one XLSX writer read: sheets of typed columns whose rows come in pages (keyset pages
// from the database, or one page of rows already read), so a long list is written as it is read, never held whole.
// A route describes its table once as an ExportSpec (columns that take their value from a row), or builds the sheets
// itself when a file holds several (a survey's results, the Council report).
//
// Conventions (see README "Exports"):
// - money: the value is integer satang; CSV writes it exactly from the integer ("1234567.50"), XLSX stores baht
//   (satang ÷ 100, only here at the edge) as a number cell formatted '#,##0.00'.
// - date, datetime: the value is a UTC ISO-8601 instant; CSV writes Thai BE text in Bangkok time ("02/03/2569",
//   "02/03/2569 10:00"); XLSX stores a real date cell (Bangkok wall-clock time) whose number format shows the
//   Buddhist-era year in Excel ([$-107041E]: Thai calendar), so the column still sorts and filters as dates.
// - decimal: a number shown with one decimal (a percentage such as 66.7): CSV "66.7", XLSX a number cell formatted '0.0'.
// - percent, mean: a survey figure already rounded by the survey statistics (one and two decimals): CSV writes it as
//   it is ("100", "4.97"), XLSX a number cell formatted '0.0' or '0.00'.
// - integer: a count or a level; auto: a number or a text as it comes (a label beside its figure).
// - Any text cell, whatever its column, that a spreadsheet would run as a formula is neutralised in CSV (csv-stream.ts).

import type { ExportFormat } from '@bmrts/shared';

export type ExportColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'mean' | 'auto' | 'money' | 'date' | 'datetime';

export type ExportValue = string | number | null;

/** A column as the writers see it. */
export interface ExportColumnLayout {
  header: string;
  kind: ExportColumnKind;
  /** Width in characters for the spreadsheet. */
  width: number;
}

/** A column that takes its value from a row of a spec. */
export interface ExportColumn<Row> extends ExportColumnLayout {
  value(row: Row): ExportValue;
}

export interface ExportSpec<Row> {
  /** The XLSX sheet name (at most 31 characters are kept). */
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
}

/** Pages of rows in order; an async generator over keyset pages fits. */
export type RowPages<Row> = AsyncIterable<readonly Row[]>;

/** A line of cells in column order; a total line is written in bold. */
export type ExportRow = readonly ExportValue[] | { readonly total: readonly ExportValue[] };

export const cellsOf = (row: ExportRow): readonly ExportValue[] => ('total' in row ? row.total : row);

/** One sheet of a file: an XLSX worksheet, or one table of a CSV file. */
export interface ExportSheet {
  name: string;
  /** Lines above the header row (a report's title and section); the header stays in view and is printed on every page. */
  heading?: readonly string[] | undefined;
  columns: readonly ExportColumnLayout[];
  rows: RowPages<ExportRow>;
}

/** Rows already read in full (a request's history, a dashboard table) as the one page of an export. */
export async function* onePage<Row>(rows: readonly Row[] | Promise<readonly Row[]>): RowPages<Row> {
  yield await rows;
}

async function* cellPages<Row>(spec: ExportSpec<Row>, pages: RowPages<Row>): RowPages<ExportRow> {
  for await (const page of pages) yield page.map((row) => spec.columns.map((c) => c.value(row)));
}

/** A spec's rows as a sheet, page by page (the next page is read only when the writer asks for it). */
export function sheetOf<Row>(spec: ExportSpec<Row>, pages: RowPages<Row>): ExportSheet {
  return { name: spec.sheetName, columns: spec.columns, rows: cellPages(spec, pages) };
}

export const exportColumn = <Row>(
  header: string,
  kind: ExportColumnKind,
  width: number,
  value: (row: Row) => ExportValue,
): ExportColumn<Row> => ({
  header,
  kind,
  width,
  value,
});

/** A column of a sheet whose rows are given as cells in column order. */
export const sheetColumn = (header: string, kind: ExportColumnKind, width = 14): ExportColumnLayout => ({ header, kind, width });

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
