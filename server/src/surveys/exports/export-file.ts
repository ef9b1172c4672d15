// Picks what to export and in which format, and names the file: "ผลสำรวจ-<title>.xlsx", "คำตอบ-<title>.csv".
import type { SurveyExportQuery } from '@bmrts/shared';
import { downloadHeaders } from '../../http/download-headers';
import type { LoadedResults } from '../results-service';
import { answersTable } from './answers-table';
import { toCsv } from './csv';
import { resultsTables } from './results-tables';
import { toXlsx } from './xlsx';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The title without the characters file systems refuse, kept short enough for every one of them. */
function fileStem(title: string): string {
  return (
    title
      // eslint-disable-next-line no-control-regex -- control characters are among those file systems refuse, so this removes them
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'survey'
  );
}

export async function exportFile(
  loaded: LoadedResults,
  query: SurveyExportQuery,
  now: Date,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  const tables = query.what === 'results' ? resultsTables(loaded.results) : [answersTable(loaded.round, loaded.responses)];
  const bytes = query.format === 'csv' ? toCsv(tables) : await toXlsx(tables, now);
  const fileName = `${query.what === 'results' ? 'ผลสำรวจ' : 'คำตอบ'}-${fileStem(loaded.round.title)}.${query.format}`;
  return { bytes, headers: downloadHeaders(fileName, CONTENT_TYPES[query.format], bytes.byteLength) };
}
