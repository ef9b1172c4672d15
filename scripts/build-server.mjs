// Bundles the server into server/dist/main.mjs with esbuild, so production starts on plain Node without compiling
// TypeScript at start-up (tsx took about a second). Our workspaces (@bmrts/*, TypeScript source) go into the bundle;
// npm packages stay external and load from node_modules. Files the code finds beside itself are copied alongside.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'server', 'dist');
mkdirSync(outdir, { recursive: true });

const started = performance.now();
await build({
  entryPoints: { main: join(root, 'server', 'src', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [
    {
      name: 'npm-packages-external',
      setup(b) {
        // Bare specifiers other than our workspaces: resolved by Node at run time from node_modules.
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@bmrts/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});

// new URL('./…', import.meta.url) in db/src finds these beside the module; in the bundle that is server/dist.
const besides = [
  ...readdirSync(join(root, 'db', 'src', 'seed'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(root, 'db', 'src', 'seed', f)),
  join(root, 'db', 'src', 'sqlite', 'checkpoint-worker.mjs'),
];
for (const file of besides) {
  const target = join(outdir, basename(file));
  // The seed files are read-only in git checkouts of some systems; replace rather than overwrite.
  rmSync(target, { force: true });
  copyFileSync(file, target);
}
console.log(`server: bundled into server/dist in ${Math.round(performance.now() - started)} ms`);
