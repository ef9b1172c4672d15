// Export tables as CSV that Excel opens in Thai: UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting.
import { neutralised } from '../../exports';
import type { ExportCell, ExportTable } from './export-table';

const BOM = '\uFEFF';

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutralised(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly ExportCell[]) => cells.map(csvCell).join(',');

/** One table as is; several one after the other, each under its title line and apart by an empty line. */
export function toCsv(tables: readonly ExportTable[]): Uint8Array<ArrayBuffer> {
  const blocks = tables.map((table) => {
    const lines = [csvLine(table.columns.map((c) => c.header)), ...table.rows.map(csvLine)];
    return (tables.length > 1 ? [csvLine([table.title]), ...lines] : lines).join('\r\n');
  });
  return new TextEncoder().encode(`${BOM}${blocks.join('\r\n\r\n')}\r\n`);
}
