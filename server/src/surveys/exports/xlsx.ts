// Export tables as an XLSX workbook (exceljs): one sheet per table, Thai headers, numbers stored as numbers.
import { loadExcelJS } from '../../http/exceljs';
import type { ColumnKind, ExportTable } from './export-table';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = { integer: '0', percent: '0.0', mean: '0.00' };

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

export async function toXlsx(tables: readonly ExportTable[], createdAt: Date): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BMRTS';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width, style: { font: { name: 'Sarabun', size: 12 } } }));
    const header = sheet.getRow(1);
    header.font = { name: 'Sarabun', size: 12, bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    for (const cells of table.rows) sheet.addRow(cells);
    table.columns.forEach((c, index) => {
      const format = NUMBER_FORMATS[c.kind];
      if (format) sheet.getColumn(index + 1).numFmt = format;
    });
  }
  // exceljs hands back a Node Buffer typed as its own Buffer interface; the bytes are what matter.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
