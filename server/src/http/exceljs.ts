// exceljs takes about half a second to load, more than the whole server's start-up otherwise: it is loaded the
// first time a spreadsheet is written or read, not when the server starts.
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | null = null;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
