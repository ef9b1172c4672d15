// The first page load stays light for phones on mobile data: at most 250 KB of gzipped JavaScript.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script shared with `npm run build`, which prints the same figure
import { FIRST_LOAD_BUDGET_BYTES, firstLoadJs } from '../../web/scripts/first-load-size.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'bmrts-web-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the web app build', () => {
  it('loads at most 250 KB of gzipped JavaScript on the first page', () => {
    // Built in its own process, exactly as `npm run build` builds it (vitest's NODE_ENV=test would give React's development build).
    const viteCli = join(repoRoot, 'node_modules/vite/bin/vite.js');
    execFileSync(process.execPath, [viteCli, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: join(repoRoot, 'web'),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'pipe',
    });
    const files = firstLoadJs(outDir) as { file: string; gzipBytes: number }[];
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    expect(total, files.map((f) => `${f.file}: ${f.gzipBytes}`).join(', ')).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
