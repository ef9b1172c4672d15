// The one CSV writer: CSV that Excel opens in Thai (UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting),
// formula-safe text. Pull-based: the next page is read only when the client takes more bytes.
import { satangToInput } from '@bmrts/shared';
import { cellsOf, type ExportColumnKind, type ExportSheet, type ExportValue } from './export-spec';
import { thaiBeDate, thaiBeDateTime } from './thai-cells';

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a
 * leading apostrophe: titles and comments come from users, and opening the export must not execute them.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Text as a CSV field: neutralised, then quoted when it holds a quote, a comma or a line break. */
export function csvText(text: string): string {
  const safe = neutralised(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Numbers and instants are written by the writer itself and cannot start a formula; any text, whatever its column,
 * goes through csvText (a text that reached a number column is still text from somewhere).
 */
export function csvCell(kind: ExportColumnKind, value: ExportValue): string {
  if (value === null) return '';
  switch (kind) {
    case 'money':
      // "1234567.50": no grouping, so every spreadsheet reads it as a number.
      return satangToInput(Number(value));
    case 'date':
      return thaiBeDate(String(value));
    case 'datetime':
      return thaiBeDateTime(String(value));
    case 'decimal':
      return Number(value).toFixed(1);
    case 'integer':
    case 'percent':
    case 'mean':
    case 'auto':
      return typeof value === 'number' ? String(value) : csvText(value);
    case 'text':
      return csvText(String(value));
  }
}

const csvLine = (fields: readonly string[]) => `${fields.join(',')}\r\n`;

/**
 * One sheet: its header line and rows. Several: one after the other, apart by an empty line, each under its title
 * line (its heading lines, or its name).
 */
async function* csvChunks(sheets: readonly ExportSheet[]): AsyncGenerator<string> {
  for (const [index, sheet] of sheets.entries()) {
    const titles = sheet.heading ?? (sheets.length > 1 ? [sheet.name] : []);
    yield (
      (index === 0 ? BOM : '\r\n') +
      titles.map((title) => csvLine([csvText(title)])).join('') +
      csvLine(sheet.columns.map((c) => csvText(c.header)))
    );
    for await (const page of sheet.rows) {
      yield page.map((row) => csvLine(cellsOf(row).map((value, i) => csvCell(sheet.columns[i]?.kind ?? 'auto', value)))).join('');
    }
  }
}

export function csvStream(sheets: readonly ExportSheet[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = csvChunks(sheets);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
