// PostgreSQL behind Kysely: a pg Pool whose bigint results come back as numbers, and the few engine checks
// that queries need where PostgreSQL's concurrency or types differ from SQLite's.
import pg from 'pg';
import { Kysely, PostgresAdapter, PostgresDialect, sql, type QueryExecutorProvider } from 'kysely';
import type { Database } from './schema';

export const DEFAULT_POOL_SIZE = 10;

/** pg's type id for int8 (bigint): amount_satang and every count(*). */
const INT8_OID = 20;

/**
 * pg returns int8 as text because it may exceed 2^53. Ours never do (money in satang, counts); should one
 * ever, failing loudly beats a silently rounded amount.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is beyond JavaScript's exact integers (2^53)`);
  return value;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  connectionString: string;
  /** Connections in the pool; each server process holds at most this many. */
  poolSize?: number | undefined;
}

export function createPostgresPool(options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE, types });
  // An idle connection that the server closes (a restart, a failover, an administrator) is an 'error' event on the
  // pool; unhandled it would end the process. The pool drops that connection and opens a new one when next needed.
  pool.on('error', (err) => console.error(`PostgreSQL: an idle connection was closed (${err.message}); the pool will open another`));
  return pool;
}

export function openPostgres(options: PostgresOptions): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(options) }) });
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Whether this Kysely instance (or transaction) talks to PostgreSQL; migrations ask the same way. */
export function isPostgres(db: QueryExecutorProvider): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Keys of the transaction-scoped advisory locks we take on PostgreSQL (any fixed 64-bit numbers, unique to us). */
export const ADVISORY_LOCKS = { auditLog: 7_240_001, seed: 7_240_002 } as const;

/**
 * On PostgreSQL, waits for the transaction-scoped advisory lock `key`, held until commit or rollback; on SQLite
 * a no-op, since its one writer at a time already serializes what the lock protects.
 */
export async function lockForTransaction(trx: QueryExecutorProvider, key: number): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

/** A unique or primary-key violation, from either engine (a concurrent duplicate insert). */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  // PostgreSQL's SQLSTATE unique_violation; better-sqlite3's extended result codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * PostgreSQL refuses text it cannot store (U+0000, which SQLite keeps); the input was not valid data, so callers
 * answer 400 rather than 500.
 */
export function isUnstorableText(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  // character_not_in_repertoire ("invalid byte sequence for encoding UTF8: 0x00"), untranslatable_character.
  return code === '22021' || code === '22P05';
}
