// One call for a route that exports: the stream in the asked format with download headers and a Thai-safe file name.
import { downloadHeaders } from '../http/download-headers';
import { csvStream } from './csv-stream';
import type { ExportFormat } from '@bmrts/shared';
import { EXPORT_CONTENT_TYPES, type ExportSpec, type RowPages } from './export-spec';
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

export interface ExportDownload {
  body: ReadableStream<Uint8Array>;
  headers: Record<string, string>;
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
  const body = format === 'csv' ? csvStream(spec, pages) : xlsxStream(spec, pages, now);
  return { body, headers: downloadHeaders(`${fileStem(stem)}.${format}`, EXPORT_CONTENT_TYPES[format]) };
}
