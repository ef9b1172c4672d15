// SQLite tuning for the server's one connection: a bigger page cache, cached statements,
// and WAL checkpoints moved off the request path onto a worker thread, with a cap on the WAL's size.
import type SQLite from 'better-sqlite3';
import { watchWal } from './checkpointer';
import { cacheStatements } from './statement-cache';

/** 32 MB of page cache (SQLite's default is 2 MB): the hot indexes of a million requests stay in memory. */
const CACHE_KIB = 32 * 1024;
/** After a checkpoint resets the WAL, SQLite truncates the file to this size instead of keeping its high-water mark. */
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;
/** SQLite's own default threshold in pages, restored if the checkpointer cannot run. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * Applies the tuning to a freshly opened WAL-mode connection of `file`. Returns what stops the checkpoints: it resolves
 * once the checkpoint worker's connection is closed, and must be awaited before this connection closes (see close() in
 * connection.ts).
 */
export function tuneSqlite(sqlite: SQLite.Database, file: string, walCapBytes?: number): () => Promise<void> {
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  sqlite.pragma(`journal_size_limit = ${Math.min(JOURNAL_SIZE_LIMIT, walCapBytes ?? JOURNAL_SIZE_LIMIT)}`);
  sqlite.pragma('temp_store = MEMORY');
  cacheStatements(sqlite);
  if (file === ':memory:' || sqlite.memory) return () => Promise.resolve();

  // The worker checkpoints instead; SQLite's automatic checkpoint would run inside a COMMIT and stall it.
  sqlite.pragma('wal_autocheckpoint = 0');
  return watchWal(
    file,
    () => {
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
    walCapBytes,
  );
}
