// Reading exports back in tests: a download's bytes, and an XLSX opened with exceljs as a person's spreadsheet would be.
import ExcelJS from 'exceljs';
import type { TestApp } from './test-app';

export interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
  /** How many chunks the body arrived in (a streamed body comes in several). */
  chunks: number;
}

export async function downloadFile(t: TestApp, path: string, cookie: string): Promise<Download> {
  const res = await t.app.request(path, { headers: { cookie } });
  const parts: Uint8Array[] = [];
  const reader = res.body?.getReader();
  for (;;) {
    if (!reader) break;
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(Buffer.concat(parts));
  return {
    status: res.status,
    headers: res.headers,
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    chunks: parts.length,
  };
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The first sheet's rows as arrays of cell values (row 1 is the header). */
export function sheetRows(workbook: ExcelJS.Workbook): ExcelJS.CellValue[][] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1)); // exceljs puts column 1 at index 1
  });
  return rows;
}

export function csvLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');
}
