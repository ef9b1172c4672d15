// Picks what to export and in which format, and names the file: "ผลสำรวจ-<title>.xlsx", "คำตอบ-<title>.csv".
import type { SurveyExportQuery } from '@bmrts/shared';
import { fileStem, sheetsDownload, type ExportDownload } from '../../exports';
import type { LoadedResults } from '../results-service';
import { answersTable } from './answers-table';
import { resultsTables } from './results-tables';

export function exportFile(loaded: LoadedResults, query: SurveyExportQuery, now: Date): ExportDownload {
  const sheets = query.what === 'results' ? resultsTables(loaded.results) : [answersTable(loaded.round, loaded.responses)];
  const fileName = `${query.what === 'results' ? 'ผลสำรวจ' : 'คำตอบ'}-${fileStem(loaded.round.title, 'survey')}.${query.format}`;
  return sheetsDownload(sheets, { format: query.format, fileName, now });
}
