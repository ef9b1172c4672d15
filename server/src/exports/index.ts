// Streamed CSV and XLSX exports from one column spec: see export-spec.ts for the conventions and export-response.ts for use.
export * from './export-spec';
export { csvStream, neutralised } from './csv-stream';
export { xlsxStream, XLSX_NUMBER_FORMATS } from './xlsx-stream';
export { exportDownload, fileStem, type ExportDownload } from './export-response';
export { thaiBeDate, thaiBeDateTime } from './thai-cells';
