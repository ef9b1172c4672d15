// `npm run backup -- [--out file]`: a consistent copy of the database while the server keeps running.
// SQLite: the online backup API on a connection of its own, to DATA_DIR/backups/bmrts-<UTC time>.db; PostgreSQL: pg_dump --format=custom.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SQLITE_FILE_NAME, backupSqlite } from '@bmrts/db';
import { fromWhereInvoked, readEnv } from '../env';
import { backupsDir, fail, isPostgresUrl, runPostgresTool, utcStamp } from './backup-files';

const env = readEnv();
const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } });
const postgres = isPostgresUrl(env.DATABASE_URL);
const out = values.out
  ? fromWhereInvoked(values.out)
  : join(backupsDir(env.DATA_DIR), `bmrts-${utcStamp(new Date())}.${postgres ? 'dump' : 'db'}`);
if (existsSync(out)) fail(`${out} already exists; a backup never overwrites a file.`);
mkdirSync(dirname(out), { recursive: true });

if (postgres) {
  const started = performance.now();
  // One snapshot transaction inside pg_dump: consistent while the servers keep writing.
  runPostgresTool('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${env.DATABASE_URL}`]);
  console.log(`Backed up the PostgreSQL database to ${out} in ${Math.round(performance.now() - started)} ms.`);
} else {
  const source = join(env.DATA_DIR, SQLITE_FILE_NAME);
  if (!existsSync(source)) fail(`No BMRTS database at ${source} (set DATA_DIR to the server's data folder).`);
  const copy = await backupSqlite(source, out).catch((error: unknown) =>
    fail(`Backup failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(
    `Backed up ${source} to ${out}: ${copy.requests} requests, ${copy.requestEvents} request events, ` +
      `${(copy.bytes / 1024 / 1024).toFixed(1)} MiB in ${Math.round(copy.ms)} ms.`,
  );
}
console.log(`Restore with: npm run restore -- ${out}`);
