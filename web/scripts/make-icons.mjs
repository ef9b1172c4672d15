// Draws the app's install icons (web/public/icons/*.png) without an image library: a white sheet with three lines and
// a tick on the header's navy. Run by hand when the design changes: node web/scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x1f, 0x3a, 0x68];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x2e, 0x9e, 0x5b];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** size px square; glyph: the share of the side the sheet takes (maskable icons keep it inside the safe circle). */
function icon(size, glyph) {
  const raw = Buffer.alloc(size * (1 + size * 3));
  const sheetW = size * glyph * 0.78;
  const sheetH = size * glyph;
  const left = (size - sheetW) / 2;
  const top = (size - sheetH) / 2;
  const colourAt = (x, y) => {
    const u = (x - left) / sheetW;
    const v = (y - top) / sheetH;
    if (u < 0 || u > 1 || v < 0 || v > 1) return NAVY;
    // a tick in the lower right: two strokes
    const tx = u - 0.62;
    const ty = v - 0.74;
    const onTick =
      (Math.abs(ty - tx) < 0.06 && tx > -0.16 && tx < 0.02) || (Math.abs(ty + 0.9 * (tx - 0.02) - 0.02) < 0.06 && tx >= 0 && tx < 0.3);
    if (onTick) return GREEN;
    for (const line of [0.2, 0.34, 0.48]) if (Math.abs(v - line) < 0.035 && u > 0.16 && u < 0.84) return NAVY;
    return WHITE;
  };
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0;
    for (let x = 0; x < size; x++) raw.set(colourAt(x + 0.5, y + 0.5), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', dir), icon(192, 0.62));
writeFileSync(new URL('icon-512.png', dir), icon(512, 0.62));
writeFileSync(new URL('icon-maskable-512.png', dir), icon(512, 0.46));
writeFileSync(new URL('apple-touch-icon.png', dir), icon(180, 0.62));
