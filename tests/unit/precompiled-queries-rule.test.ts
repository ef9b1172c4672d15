// Compiling hot queries once is db's business: server code calls db's named queries and never compiles a query,
// imports the machinery or lays out the flat parameters a compiled statement takes (`user_id0`, `${column}${i}`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The machinery's own test is the one file outside db/src that may import it. */
const MACHINERY_TEST = 'tests/db/precompiled.test.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

function offenders(dirs: readonly string[], breaksRule: (text: string) => boolean): string[] {
  return dirs
    .flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .map((file) => file.slice(ROOT.length))
    .filter((file) => file !== MACHINERY_TEST && breaksRule(readFileSync(join(ROOT, file), 'utf8')));
}

const importsMachinery = (text: string) =>
  /from\s+['"][^'"]*\/precompiled['"]/.test(text) ||
  /import\s*(type\s*)?\{[^}]*\b[Pp]recompiled\b[^}]*\}\s*from\s*['"]@bmrts\/db['"]/.test(text);
const compilesQueries = (text: string) => /\.compile\(\)|\bCompiledQuery\b|\.executeQuery\(|\.getExecutor\(\)/.test(text);
const flattensParameters = (text: string) => /\b[a-z]+(?:_[a-z]+)+\d+\b/.test(text) || /`\$\{\w+\}\$\{\w+\}`/.test(text);

describe('the precompiled-query machinery', () => {
  it('is imported by no file outside db/src but its own test', () => {
    expect(offenders(['shared/src', 'server/src', 'web/src', 'tests', 'scripts'], importsMachinery)).toEqual([]);
  });

  it('leaves compiling and flat parameter names to db: server, shared and web code neither compiles nor flattens', () => {
    const businessCode = ['shared/src', 'server/src', 'web/src'];
    expect(offenders(businessCode, compilesQueries)).toEqual([]);
    expect(offenders(businessCode, flattensParameters)).toEqual([]);
  });
});
