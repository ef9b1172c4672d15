// Builds the web app only when web/dist/index.html is missing or older than any of its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'web', 'dist', 'index.html');
const sources = ['web/src', 'web/public', 'web/service-worker', 'web/scripts', 'web/index.html', 'web/vite.config.ts', 'shared/src'].map(
  (path) => join(root, path),
);

/** The newest modification time under a file or directory, walking directories with fs. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newestMtime));

if (builtAt > 0 && builtAt >= sourcesAt) {
  console.log('web: build is current (web/dist is newer than its sources)');
} else {
  console.log(builtAt === 0 ? 'web: no build yet, building…' : 'web: sources changed since the last build, rebuilding…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '-w', '@bmrts/web'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('web: build failed');
    process.exit(result.status ?? 1);
  }
}
