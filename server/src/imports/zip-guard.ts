// An XLSX is a ZIP, and a few kilobytes of ZIP can unpack to gigabytes. Before exceljs reads an upload whole, every
// entry is inflated here with a ceiling on its output, so a ZIP bomb is refused without being unpacked in full.
// Sizes declared in the ZIP are not trusted: the bytes are inflated and counted.
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '@bmrts/shared';

/** Far above any real sheet of 5,000 rows (a few MB of XML), far below what would strain the server. */
export const MAX_UNPACKED_XLSX_BYTES = 64 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const notASheet = () => new DomainError('import_file_type', 415);

/** Throws 413 import_unpacks_too_large when the entries inflate to more than `limit` bytes in all, 415 when it is no ZIP. */
export function assertUnpacksWithin(zip: Uint8Array, limit = MAX_UNPACKED_XLSX_BYTES): void {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > buf.length || buf.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw notASheet();
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_ENTRY) throw notASheet();
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_ENTRY) throw notASheet();
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, Math.min(buf.length, dataStart + compressedSize));
    const room = limit - total;
    if (method === STORED) {
      total += data.length;
    } else if (method === DEFLATED) {
      try {
        total += inflateRawSync(data, { maxOutputLength: room + 1 }).length;
      } catch (error) {
        // Node answers a ceiling reached with a RangeError; anything else is a damaged entry.
        if (error instanceof RangeError) throw new DomainError('import_unpacks_too_large', 413);
        throw notASheet();
      }
    } else {
      throw notASheet();
    }
    if (total > limit) throw new DomainError('import_unpacks_too_large', 413);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
}
