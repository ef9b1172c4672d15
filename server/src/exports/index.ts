// The one CSV writer and the one XLSX writer, streamed from sheets of typed columns: see export-spec.ts for the
// conventions and export-response.ts for use.
export * from './export-spec';
export { csvCell, csvStream, csvText, neutralised } from './csv-stream';
export { xlsxStream, XLSX_NUMBER_FORMATS } from './xlsx-stream';
export { exportDownload, fileResponse, fileStem, sheetsDownload, type ExportDownload, type SheetsFile } from './export-response';
export { thaiBeDate, thaiBeDateTime } from './thai-cells';
