// Measures the JavaScript a browser downloads for the first page: the entry script and every module it preloads,
// gzipped. `npm run build` prints it; the test suite fails above the budget.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

/** The gzipped bytes of each JavaScript file index.html loads before the first page renders. */
export function firstLoadJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(files)].map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('web/dist is not built');
    process.exit(1);
  }
  const files = firstLoadJs(dist);
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  for (const f of files) console.log(`  ${f.file}  ${(f.gzipBytes / 1024).toFixed(1)} KB gzipped`);
  const verdict = total <= FIRST_LOAD_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `first-load JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (${verdict} the ${FIRST_LOAD_BUDGET_BYTES / 1024} KB budget)`,
  );
}
