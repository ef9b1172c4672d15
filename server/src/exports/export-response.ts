// One call for a route that exports: the stream in the asked format with download headers and a Thai-safe file name.
import { z } from '@hono/zod-openapi';
import { downloadHeaders } from '../http/download-headers';
import { csvStream } from './csv-stream';
import type { ExportFormat } from '@bmrts/shared';
import { EXPORT_CONTENT_TYPES, sheetOf, type ExportSheet, type ExportSpec, type RowPages } from './export-spec';
import { xlsxStream } from './xlsx-stream';

/** The stem without the characters file systems refuse, short enough for every one of them. */
export function fileStem(text: string, fallback = 'export'): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are among those file systems refuse, so this removes them
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || fallback
  );
}

const binary = z.string().meta({ type: 'string', format: 'binary' });

/** The OpenAPI response of a route that answers with an export (CSV or XLSX). */
export const fileResponse = {
  description: 'The file, streamed, as an attachment with an RFC 5987 Thai file name',
  content: { 'text/csv': { schema: binary }, [EXPORT_CONTENT_TYPES.xlsx]: { schema: binary } },
};

export interface ExportDownload {
  body: ReadableStream<Uint8Array>;
  headers: Record<string, string>;
}

export interface SheetsFile {
  format: ExportFormat;
  /** With its extension; see fileStem for the part a user typed. */
  fileName: string;
  now: Date;
  /** The XLSX document title, where the file is a report. */
  title?: string | undefined;
}

/** Several sheets in one file: an XLSX worksheet each, or CSV tables one after the other under their titles. */
export function sheetsDownload(sheets: readonly ExportSheet[], file: SheetsFile): ExportDownload {
  const body = file.format === 'csv' ? csvStream(sheets) : xlsxStream(sheets, file.now, file.title);
  return { body, headers: downloadHeaders(file.fileName, EXPORT_CONTENT_TYPES[file.format]) };
}

/**
 * Usage (any table, e.g. the dashboard's): describe its columns once as an ExportSpec, give its rows as pages
 * (an async generator over keyset pages), and return `c.body(download.body, 200, download.headers)`.
 */
export function exportDownload<Row>(
  spec: ExportSpec<Row>,
  pages: RowPages<Row>,
  format: ExportFormat,
  stem: string,
  now: Date,
): ExportDownload {
  return sheetsDownload([sheetOf(spec, pages)], { format, fileName: `${fileStem(stem)}.${format}`, now });
}
