// A small RFC 4180 CSV reader for the reference files shipped with the seed (quoted fields, "" escapes, CRLF).

/** Splits CSV text into rows of fields; a quoted field may hold commas, quotes ("") and line breaks. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines (a trailing newline, spacing between blocks) carry no record.
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export type CsvRecord = Readonly<Record<string, string>>;

/** Rows as records keyed by the header line; a row with the wrong number of fields is an error, not a guess. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV line ${index + 2} has ${fields.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? '']));
  });
}

/** One named field of a record; a missing column is a broken file, so it throws. */
export function csvField(record: CsvRecord, name: string): string {
  const value = record[name];
  if (value === undefined) throw new Error(`CSV record has no column "${name}"`);
  return value;
}
