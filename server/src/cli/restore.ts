// `npm run restore -- <file> [--force]`: puts a backup made by `npm run backup` back as the server's database.
// Stop the server first. SQLite: refuses while any process has the database open, and keeps the replaced one in DATA_DIR/backups;
// PostgreSQL: pg_restore --clean into DATABASE_URL. Either way an existing database is replaced only with --force.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SQLITE_FILE_NAME, createDatabase, restoreSqlite, sqliteInUse, verifyHistory } from '@bmrts/db';
import { fromWhereInvoked, readEnv } from '../env';
import { backupsDir, fail, isPostgresUrl, runPostgresTool, utcStamp } from './backup-files';

const env = readEnv();
const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const [given] = positionals;
if (!given || positionals.length > 1) fail('Usage: npm run restore -- <backup file> [--force]');
const backup = fromWhereInvoked(given);
if (!existsSync(backup)) fail(`No backup at ${backup}.`);

/** A server answering on the configured port is a strong hint that someone forgot to stop it. */
async function serverAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${env.PORT}/api/health`, { signal: AbortSignal.timeout(500) });
    return res.ok;
  } catch {
    return false;
  }
}
if (await serverAnswers()) {
  console.warn(
    `Warning: a server answers on port ${env.PORT}. Stop every BMRTS server using this database before restoring, then start it again.`,
  );
}

if (isPostgresUrl(env.DATABASE_URL)) {
  if (!values.force)
    fail('Restoring into PostgreSQL drops and recreates the BMRTS tables of DATABASE_URL: stop the servers and pass --force.');
  const started = performance.now();
  runPostgresTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${env.DATABASE_URL}`, backup]);
  console.log(`Restored ${backup} into the PostgreSQL database in ${Math.round(performance.now() - started)} ms.`);
} else {
  const target = join(env.DATA_DIR, SQLITE_FILE_NAME);
  if (sqliteInUse(target)) fail(`${target} is open in another process (is the server running?). Stop it, then restore.`);
  if (existsSync(target) && !values.force)
    fail(`${target} exists. Pass --force to replace it (it is kept in ${backupsDir(env.DATA_DIR)} first).`);
  const saveReplacedTo = join(backupsDir(env.DATA_DIR), `bmrts-replaced-${utcStamp(new Date())}.db`);
  const restored = await restoreSqlite(backup, target, saveReplacedTo).catch((error: unknown) =>
    fail(`Restore failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  if (restored.replacedSavedTo) console.log(`The database it replaced is kept at ${restored.replacedSavedTo}.`);
  console.log(`Restored ${backup} to ${target} in ${Math.round(restored.ms)} ms.`);
}

// Whatever came back must verify: every hash chain intact.
const handle = createDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const history = await verifyHistory(handle.db);
  console.log(
    `Checked ${history.requestsChecked} requests, ${history.eventsChecked} request events and ${history.auditEntriesChecked} audit entries.`,
  );
  if (history.ok) {
    console.log('Every history chain is intact.');
  } else {
    for (const b of history.broken) console.log(`  ${b.chainName}: seq ${b.seq}, entry ${b.entryId}: ${b.problem}`);
  }
  process.exitCode = history.ok ? 0 : 1;
} finally {
  await handle.close();
}
