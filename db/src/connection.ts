// The connection factory: the only place that knows which database engine is behind Kysely.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { isPostgresUrl, openPostgres } from './postgres';
import type { Database } from './schema';

export interface DatabaseConfig {
  /** postgres://… (or postgresql://…) selects PostgreSQL; unset means the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** PostgreSQL only: connections in this process's pool (default 10). */
  poolSize?: number | undefined;
  /** Folder of the SQLite file bmrts.db. */
  dataDir?: string | undefined;
  /** A full SQLite file path, overriding dataDir (tests use a temporary file). */
  sqliteFile?: string | undefined;
}

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'bmrts.db';

function openSqlite(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit we acknowledge survives a power loss too, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.databaseUrl && !isPostgresUrl(config.databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://; unset it to use the embedded SQLite database');
  }
  if (isPostgresUrl(config.databaseUrl)) {
    const db = openPostgres({ connectionString: config.databaseUrl, poolSize: config.poolSize });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  let file = config.sqliteFile;
  if (!file) {
    const dir = config.dataDir ?? './data';
    mkdirSync(dir, { recursive: true });
    file = join(dir, SQLITE_FILE_NAME);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(file) }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
