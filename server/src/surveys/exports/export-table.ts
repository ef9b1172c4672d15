// The shape both export formats write: named tables of typed columns, so CSV and XLSX say the same thing.

/** text; integer (counts, levels); percent (1 decimal); mean (2 decimals, also the SD); auto (a number or text as it comes). */
export type ColumnKind = 'text' | 'integer' | 'percent' | 'mean' | 'auto';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters for the spreadsheet. */
  width: number;
}

export type ExportCell = string | number | null;

export interface ExportTable {
  /** The sheet name (XLSX) or the line above the table (CSV). */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

export const column = (header: string, kind: ColumnKind, width = 14): ExportColumn => ({ header, kind, width });
