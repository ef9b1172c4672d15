// Consistent copies of the SQLite file while the server writes (SQLite's online backup API), and putting one back.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';

/** Copy every page in one step: one read transaction, so the copy is one moment of the database and never restarts under writes. */
const ALL_PAGES = 0x7fffffff;

export interface SqliteCopy extends BackupContents {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface BackupContents {
  requests: number;
  requestEvents: number;
}

/** Fails unless the file is a SQLite database that passes quick_check and holds the BMRTS tables; counts what it holds. */
export function checkSqliteBackup(file: string): BackupContents {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} fails SQLite's quick_check: ${String(check)}`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    const missing = ['requests', 'request_events', 'audit_log'].filter((name) => !tables.has(name));
    if (missing.length > 0) throw new Error(`${file} is not a BMRTS database (${missing.join(', ')} missing)`);
    const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    return { requests: count('requests'), requestEvents: count('request_events') };
  } finally {
    db.close();
  }
}

/**
 * Copies `sourceFile` (with whatever its WAL holds) to `destFile` through a connection of its own, so the server keeps writing meanwhile.
 * The copy is written beside the destination and renamed into place once checked and synced: a file with the final name is always whole.
 */
export async function backupSqlite(sourceFile: string, destFile: string): Promise<SqliteCopy> {
  if (existsSync(destFile)) throw new Error(`${destFile} already exists`);
  const started = performance.now();
  const partial = `${destFile}.partial`;
  rmSync(partial, { force: true });
  const source = new SQLite(sourceFile, { fileMustExist: true, timeout: 5000 });
  let pages = 0;
  try {
    const result = await source.backup(partial, { progress: () => ALL_PAGES });
    pages = result.totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  let contents: BackupContents;
  try {
    // A backup is one self-contained file: rollback-journal mode, so opening it read-only leaves no -wal or -shm beside it.
    // The server switches a restored file back to WAL when it opens it.
    const copy = new SQLite(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    contents = checkSqliteBackup(partial);
    fsyncPath(partial);
    renameSync(partial, destFile);
    fsyncPath(dirname(destFile));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file: destFile, bytes: statSync(destFile).size, pages, ms: performance.now() - started, ...contents };
}

/**
 * True when another connection has the database open (a running server does, always): in WAL mode an exclusive lock
 * cannot be had while any other connection holds the file. Opening it alone changes nothing.
 */
export function sqliteInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const probe = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (error instanceof SQLite.SqliteError && error.code.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    probe.close();
  }
}

export interface SqliteRestore extends SqliteCopy {
  /** Where the database that was replaced was saved, if there was one. */
  replacedSavedTo: string | null;
}

/**
 * Puts a backup in place of `targetFile`. The database being replaced is first saved whole (WAL included) to `saveReplacedTo`;
 * its -wal and -shm files go before the new file arrives, since SQLite would otherwise replay the old WAL onto the restored pages.
 * The caller makes sure no process has `targetFile` open.
 */
export async function restoreSqlite(backupFile: string, targetFile: string, saveReplacedTo: string): Promise<SqliteRestore> {
  const started = performance.now();
  checkSqliteBackup(backupFile);
  mkdirSync(dirname(targetFile), { recursive: true });
  const incoming = `${targetFile}.restoring`;
  rmSync(incoming, { force: true });
  const copy = await backupSqlite(backupFile, incoming);
  let replacedSavedTo: string | null = null;
  if (existsSync(targetFile)) {
    mkdirSync(dirname(saveReplacedTo), { recursive: true });
    await backupSqlite(targetFile, saveReplacedTo);
    replacedSavedTo = saveReplacedTo;
  }
  rmSync(`${targetFile}-wal`, { force: true });
  rmSync(`${targetFile}-shm`, { force: true });
  renameSync(incoming, targetFile);
  fsyncPath(dirname(targetFile));
  return { ...copy, file: targetFile, ms: performance.now() - started, replacedSavedTo };
}
