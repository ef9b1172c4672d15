// Reads the reference CSV files shipped with the seed (budget units, public holidays) with csv-parse: RFC 4180
// quoting (commas, doubled quotes and line breaks inside quotes), a byte-order mark and CRLF lines are its job.
import { parse } from 'csv-parse/sync';

export type CsvRecord = Readonly<Record<string, string>>;

/**
 * Rows as records keyed by the header line; blank lines carry no record, and a row with the wrong number of fields
 * is an error (csv-parse names its line), not a guess: these files ship with the code, so a broken one fails the seed.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  return parse<CsvRecord>(text, { bom: true, columns: true, skip_empty_lines: true });
}

/** One named field of a record; a missing column is a broken file, so it throws. */
export function csvField(record: CsvRecord, name: string): string {
  const value = record[name];
  if (value === undefined) throw new Error(`CSV record has no column "${name}"`);
  return value;
}
