// The names of the entries a ZIP holds, read from its central directory without unpacking anything, so a package
// (an XLSX, an ODS) can be told from any other ZIP by what is inside it.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const CENTRAL_ENTRY_BYTES = 46;
/** The end record may be followed by a comment of up to 65,535 bytes. */
const LONGEST_COMMENT = 0xffff;

/**
 * UTF-8 without TextDecoder, which shared (plain ES, for server and browser alike) does not assume. A name that is
 * not UTF-8 (old archivers wrote code pages) keeps its ASCII and loses the rest: the names we look for are ASCII.
 */
function decodeName(bytes: Uint8Array): string {
  try {
    return decodeURIComponent(Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\uFFFD')).join('');
  }
}

function findEndOfCentralDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - LONGEST_COMMENT);
  for (let at = view.byteLength - END_RECORD_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}

/**
 * Every entry name in the central directory, or null when the bytes are not a ZIP we can read (damaged, cut short,
 * or ZIP64, which no attachment of at most 10 MiB needs). Names are read as UTF-8, as OOXML and ODF write them.
 */
export function zipEntryNames(zip: Uint8Array): string[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_ENTRY_BYTES > end || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const nameStart = at + CENTRAL_ENTRY_BYTES;
    if (nameStart + nameLength > end) return null;
    names.push(decodeName(zip.subarray(nameStart, nameStart + nameLength)));
    at = nameStart + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
