// Which files may be attached, decided by their bytes rather than by what the browser claims they are.
import { AttachmentRefused } from '../errors';
import { extensionOf } from './file-name';
import { spreadsheetPackageOf } from './spreadsheet-package';

/** 10 MiB: a scanned memo or a spreadsheet fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Files a new draft may bring with it: a request's usual papers (memo, plan, table, quotes) with room to spare. */
export const MAX_ATTACHMENTS_ON_CREATE = 10;

export const ATTACHMENT_CONTENT_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv; charset=utf-8',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_CONTENT_TYPES;

/** The extensions a file of each kind may be named with; a file named otherwise is given the first. */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentKind, readonly [string, ...string[]]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
  xlsx: ['xlsx'],
  ods: ['ods'],
  xls: ['xls'],
  csv: ['csv'],
};

/** Names that say spreadsheet: a ZIP under one of them that holds no workbook is refused with that reason. */
const SPREADSHEET_EXTENSIONS: ReadonlySet<string> = new Set(['xlsx', 'ods', 'xls', 'csv']);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Well-formed UTF-8 (an optional BOM allowed) with no control characters other than tab, line feed and carriage return. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return false;
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the lowest code point it may encode (no overlong forms).
    const [length, min] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [0, 0];
    if (length === 0 || i + length >= bytes.length) return false; // truncated at the end
    let codePoint = b & (0xff >> (length + 2));
    for (let k = 1; k <= length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return false;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return false;
    i += length + 1;
  }
  return true;
}

function spreadsheetKindOf(zip: Uint8Array, extension: string): AttachmentKind {
  const contents = spreadsheetPackageOf(zip);
  if (contents === 'xlsx' || contents === 'ods') return contents;
  if (contents === 'xlsx_with_macros') throw new AttachmentRefused('attachment_has_macros');
  throw new AttachmentRefused(SPREADSHEET_EXTENSIONS.has(extension) ? 'attachment_not_a_spreadsheet' : 'attachment_type_not_allowed');
}

/**
 * The kind of file these bytes are; throws AttachmentRefused (415) when it is not one we accept. A ZIP is a
 * spreadsheet only when it holds a workbook (an XLSX or ODS package), whatever its name. An OLE container holds
 * Word files and installers as well as old Excel workbooks, so for it the (sanitised) name must say .xls; CSV has no
 * signature at all, so its name must say .csv. Everything else is decided by its signature alone.
 */
export function attachmentKindOf(bytes: Uint8Array, fileName: string): AttachmentKind {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  if (startsWith(bytes, ZIP)) return spreadsheetKindOf(bytes, extension);
  if (startsWith(bytes, OLE) && extension === 'xls') return 'xls';
  if (extension === 'csv' && bytes.length > 0 && isUtf8Text(bytes)) return 'csv';
  throw new AttachmentRefused('attachment_type_not_allowed');
}
