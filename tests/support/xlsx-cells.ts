// An XLSX whose text cells hold exactly the given strings, lone surrogates and control characters included. exceljs
// drops those when it writes, but reads OOXML's _xHHHH_ escapes back into any UTF-16 code unit, as a sheet made by
// another program may carry them: so each text cell is written as a placeholder, then replaced by its escapes.
import ExcelJS from 'exceljs';
import { zipEntries, zipOf } from './zip-entries';

type Cell = string | number;

const placeholder = (row: number, column: number) => `CELL${row}X${column}END`;

/** Every code unit but plain letters, digits and spaces as _xHHHH_, so nothing is left for XML to rewrite (line ends, "_x"). */
function escaped(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    out += /[A-Za-z0-9 ]/.test(ch) ? ch : `_x${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}_`;
  }
  return out;
}

export async function xlsxOf(rows: readonly (readonly Cell[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('คำขอ');
  rows.forEach((cells, r) => sheet.addRow(cells.map((cell, c) => (typeof cell === 'string' ? placeholder(r, c) : cell))));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entries = new Map<string, Buffer>();
  for (const [name, xml] of zipEntries(written)) {
    let patched = xml;
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (typeof cell === 'string') patched = patched.replace(placeholder(r, c), escaped(cell));
      }),
    );
    entries.set(name, Buffer.from(patched, 'utf8'));
  }
  return zipOf(entries);
}
