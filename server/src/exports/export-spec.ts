// The one description both export formats read: a sheet name and typed columns, each with the value it takes from a row.
// Rows come in pages (keyset pages from the database), so a long list is written as it is read, never held whole.
//
// Conventions (see README "Exports"):
// - money: the value is integer satang; CSV writes it exactly from the integer ("1234567.50"), XLSX stores baht
//   (satang ÷ 100, only here at the edge) as a number cell formatted '#,##0.00'.
// - date, datetime: the value is a UTC ISO-8601 instant; CSV writes Thai BE text in Bangkok time ("02/03/2569",
//   "02/03/2569 10:00"); XLSX stores a real date cell (Bangkok wall-clock time) whose number format shows the
//   Buddhist-era year in Excel ([$-107041E]: Thai calendar), so the column still sorts and filters as dates.
// - decimal: a number shown with one decimal (a percentage such as 66.7): CSV "66.7", XLSX a number cell formatted '0.0'.
// - text, integer: as they are; text that a spreadsheet would run as a formula is neutralised with a leading apostrophe in CSV.

import type { ExportFormat } from '@bmrts/shared';

export type ExportColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'datetime';

export type ExportValue = string | number | null;

export interface ExportColumn<Row> {
  header: string;
  kind: ExportColumnKind;
  /** Width in characters for the spreadsheet. */
  width: number;
  value(row: Row): ExportValue;
}

export interface ExportSpec<Row> {
  /** The XLSX sheet name (at most 31 characters are kept). */
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
}

/** Pages of rows in order; an async generator over keyset pages fits. */
export type RowPages<Row> = AsyncIterable<readonly Row[]>;

/** Rows already read in full (a request's history, a dashboard table) as the one page of an export. */
export async function* onePage<Row>(rows: readonly Row[] | Promise<readonly Row[]>): RowPages<Row> {
  yield await rows;
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

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
