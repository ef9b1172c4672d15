// What `npm run backup` and `npm run restore` share: where backups live, their names, and running PostgreSQL's own tools.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

/** 2026-03-02T03:00:00.123Z → 20260302T030000Z: sorts by time and is safe in every file system. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Runs pg_dump or pg_restore with the terminal attached; fails clearly when the tool is not installed. */
export function runPostgresTool(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  const result = spawnSync(tool, args, { stdio: 'inherit' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    fail(
      `${tool} was not found on PATH. Install PostgreSQL's client tools (Debian: apt-get install postgresql-client), in a version not older than the server's.`,
    );
  }
  if (result.error) fail(`${tool} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${tool} failed (exit ${result.status ?? result.signal}).`);
}
