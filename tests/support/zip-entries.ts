// Reads the files inside a ZIP (an XLSX) with node:zlib alone, so tests can search an export's XML for text, and
// writes one, so tests can hand-build an XLSX that says what exceljs would not write, or a package that only looks like one.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Every entry's name and content as UTF-8 text, from the central directory (sizes there are always filled in). */
export function zipEntries(zip: Uint8Array): Map<string, string> {
  const buf = Buffer.from(zip);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return entries;
}

/** All the text of a workbook (shared strings and sheets) as one string. */
export function xlsxText(xlsx: Uint8Array): string {
  return [...zipEntries(xlsx).values()].join('\n');
}

/** A ZIP of these entries (names in UTF-8), with sizes and CRCs filled in: each deflated, but an ODF `mimetype`, which the format requires stored. */
export function zipOf(files: ReadonlyMap<string, Uint8Array> | Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  const entries = new Map(
    [...(files instanceof Map ? files : Object.entries(files))].map(
      ([name, content]) => [name, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)] as const,
    ),
  );
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const stored = name === 'mimetype';
    const method = stored ? 0 : 8;
    const data = stored ? content : deflateRawSync(content);
    const fileName = Buffer.from(name);
    const header = (size: number, signature: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(30, 0x04034b50);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = header(46, 0x02014b50);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
