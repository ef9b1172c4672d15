// Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the highest levels: the
// server then sends the smaller one the browser accepts without compressing anything per request (serveStatic's
// `precompressed`). Fonts (woff2) and images are already compressed and are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let before = 0;
let afterBrotli = 0;
for (const file of filesUnder(DIST).filter((f) => TEXT.test(f))) {
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) continue;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  before += bytes.length;
  afterBrotli += br.length;
}
console.log(`precompressed text assets: ${(before / 1024).toFixed(0)} KiB → ${(afterBrotli / 1024).toFixed(0)} KiB with Brotli`);
