// Streams rows as CSV that Excel opens in Thai: UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting,
// formula-safe text. Pull-based: the next page is read from the database only when the client takes more bytes.
import { satangToInput } from '@bmrts/shared';
import type { ExportColumn, ExportSpec, ExportValue, RowPages } from './export-spec';
import { thaiBeDate, thaiBeDateTime } from './thai-cells';

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a
 * leading apostrophe: titles and comments come from users, and opening the export must not execute them.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText<Row>(column: ExportColumn<Row>, value: ExportValue): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'money':
      // "1234567.50": no grouping, so every spreadsheet reads it as a number.
      return satangToInput(Number(value));
    case 'date':
      return thaiBeDate(String(value));
    case 'datetime':
      return thaiBeDateTime(String(value));
    case 'integer':
      return String(value);
    case 'decimal':
      return Number(value).toFixed(1);
    case 'text':
      return quoted(neutralised(String(value)));
  }
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

export function csvRow<Row>(spec: ExportSpec<Row>, row: Row): string {
  return csvLine(spec.columns.map((c) => csvText(c, c.value(row))));
}

export function csvStream<Row>(spec: ExportSpec<Row>, pages: RowPages<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(spec.columns.map((c) => quoted(neutralised(c.header))))));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((row) => csvRow(spec, row)).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
