// The connection factory: the only place that knows which database engine is behind Kysely.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import { isPostgresUrl, openPostgres } from './postgres';
import type { Database } from './schema';
import { cacheStatements } from './sqlite/statement-cache';
import { tuneSqlite } from './sqlite/tuning';

export interface DatabaseConfig {
  /** postgres://… (or postgresql://…) selects PostgreSQL; unset means the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** PostgreSQL only: connections in this process's pool (default 10). */
  poolSize?: number | undefined;
  /** Folder of the SQLite file bmrts.db. */
  dataDir?: string | undefined;
  /** A full SQLite file path, overriding dataDir (tests use a temporary file). */
  sqliteFile?: string | undefined;
  /** SQLite only: WAL size past which the checkpointer truncates it (default 64 MiB). */
  walCapBytes?: number | undefined;
}

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /**
   * For reads that need no transaction (who is calling, their scope). On SQLite a second, read-only connection:
   * WAL lets it read while the writer holds a transaction open, so these lookups do not queue behind a batch
   * of decisions. On PostgreSQL the pool already reads concurrently, so it is the same as `db`.
   */
  reader: Kysely<Database>;
  engine: DatabaseEngine;
  /** Closes every connection; on SQLite the file is then whole by itself, without a -wal, unless another process has it open. */
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'bmrts.db';

/**
 * The writer's transactions take SQLite's write lock at BEGIN (BEGIN IMMEDIATE), waiting for it under busy_timeout.
 * A deferred BEGIN starts as a read and upgrades at the first write; when the checkpoint worker has meanwhile reset
 * the WAL (past its cap), the upgrade fails at once with SQLITE_BUSY, which no wait can cure.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Nothing has run yet, so a BEGIN refused as busy is simply tried again. It happens at once, without the busy
    // handler's wait, when the checkpoint worker is resetting a WAL past its cap; seen as a batch of decisions
    // answered 500 under load. The retries wait on timers, so reads go on meanwhile.
    const deadline = Date.now() + BEGIN_RETRY_MS;
    for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
      try {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() + wait > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}

/** How long a writer's BEGIN keeps trying while SQLite answers "database is locked", like busy_timeout. */
const BEGIN_RETRY_MS = 5_000;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

class WriterSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

interface SqliteWriter {
  sqlite: SQLite.Database;
  /** Resolves once the checkpoint worker's own connection to the file is closed. */
  stopCheckpoints(): Promise<void>;
}

function openSqlite(file: string, walCapBytes?: number): SqliteWriter {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit we acknowledge survives a power loss too, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, stopCheckpoints: tuneSqlite(sqlite, file, walCapBytes) };
}

function openSqliteReader(file: string): SQLite.Database {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  cacheStatements(sqlite);
  return sqlite;
}

export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.databaseUrl && !isPostgresUrl(config.databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://; unset it to use the embedded SQLite database');
  }
  if (isPostgresUrl(config.databaseUrl)) {
    const db = openPostgres({ connectionString: config.databaseUrl, poolSize: config.poolSize });
    return { db, reader: db, engine: 'postgres', close: () => db.destroy() };
  }
  let file = config.sqliteFile;
  if (!file) {
    const dir = config.dataDir ?? './data';
    mkdirSync(dir, { recursive: true });
    file = join(dir, SQLITE_FILE_NAME);
  }
  const writer = openSqlite(file, config.walCapBytes);
  const db = new Kysely<Database>({ dialect: new WriterSqliteDialect({ database: writer.sqlite }) });
  // An in-memory database exists only on its own connection, so it reads through the writer too.
  const readerSqlite = file === ':memory:' ? null : openSqliteReader(file);
  const reader = readerSqlite ? new Kysely<Database>({ dialect: new SqliteDialect({ database: readerSqlite }) }) : db;
  return {
    db,
    reader,
    engine: 'sqlite',
    // SQLite folds the WAL into the database file and deletes it only in the last connection to close: the one that
    // gets an exclusive lock, which no other open connection allows. So one at a time, the writer last. The read-only
    // reader cannot checkpoint, so it goes first. Then the checkpoint worker's connection, waited for: closed on its
    // thread at the same moment as the writer here, each found the other still open and both left the WAL (the crash
    // test's template, on a busy machine, and 4–5 of 10 closes of a writer with a full page cache). Each connection
    // is closed here itself, since Kysely's destroy() closes one only if a query ever ran on it.
    close: async () => {
      if (readerSqlite) {
        await reader.destroy();
        readerSqlite.close();
      }
      await writer.stopCheckpoints();
      await db.destroy();
      writer.sqlite.close();
    },
  };
}
