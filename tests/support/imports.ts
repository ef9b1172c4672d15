// Uploading a spreadsheet to the import routes, as the admin's browser would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestApp } from './test-app';
import { call, type ApiResult } from './http-client';

export const OLD_SHEET_PATH = fileURLToPath(new URL('../fixtures/old-google-sheet.csv', import.meta.url));
export const oldSheet = () => new Uint8Array(readFileSync(OLD_SHEET_PATH));

export function sheetForm(bytes: Uint8Array, fileName: string, mapping?: Record<string, string>): FormData {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  return form;
}

export function upload(
  t: TestApp,
  path: '/api/admin/imports' | '/api/admin/imports/preview',
  cookie: string,
  bytes: Uint8Array,
  fileName: string,
  mapping?: Record<string, string>,
): Promise<ApiResult> {
  return call(t, 'POST', path, { cookie, form: sheetForm(bytes, fileName, mapping) });
}

/** The sample budget-line sheet of the README (issue 16): four good rows and three refused ones. */
export const BUDGET_LINE_SHEET_PATH = fileURLToPath(new URL('../fixtures/budget-lines-2570.csv', import.meta.url));
export const budgetLineSheet = () => new Uint8Array(readFileSync(BUDGET_LINE_SHEET_PATH));
