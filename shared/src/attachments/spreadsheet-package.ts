// A ZIP is a spreadsheet only by what it holds: an Excel workbook has its content types and workbook part, an
// OpenDocument spreadsheet names its type in a first, uncompressed "mimetype" entry. Any other ZIP is not one.
import { zipEntryNames } from './zip-directory';

export type PackageContents = 'xlsx' | 'ods' | 'xlsx_with_macros' | 'other';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** Where the ODF "mimetype" entry's name and content sit: right after the 30-byte header of the ZIP's first entry. */
const ODF_MIMETYPE_NAME_AT = 30;
const ODF_MIMETYPE_CONTENT_AT = 38;

function asciiAt(bytes: Uint8Array, at: number, text: string): boolean {
  return bytes.length >= at + text.length && [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));
}

/** VBA projects and Excel 4 macro sheets: an XLSX holding either is a macro workbook under a harmless name. */
function carriesMacros(entries: readonly string[]): boolean {
  return entries.some((name) => /(^|\/)vbaProject\.bin$/i.test(name) || /^xl\/macrosheets\//i.test(name));
}

export function spreadsheetPackageOf(zip: Uint8Array): PackageContents {
  const entries = zipEntryNames(zip);
  if (entries === null) return 'other';
  if (entries.includes('[Content_Types].xml') && entries.includes('xl/workbook.xml')) {
    return carriesMacros(entries) ? 'xlsx_with_macros' : 'xlsx';
  }
  const odsMimetype = asciiAt(zip, ODF_MIMETYPE_NAME_AT, 'mimetype') && asciiAt(zip, ODF_MIMETYPE_CONTENT_AT, ODS_MIME);
  if (odsMimetype && entries.includes('content.xml')) return 'ods';
  return 'other';
}
