// A fingerprint of every table, so a run of refused requests can prove it changed nothing.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '@bmrts/db';

/**
 * Tables left out of the fingerprint, and why; the test checks them on their own terms instead.
 * - sessions: signing the test's users in creates rows, every call refreshes last_seen_at, and the
 *   sign-out routes (which take no input to break) legitimately end them.
 * - sign_in_attempts: failed sign-ins are meant to be counted.
 */
export const SESSION_TABLES = ['sessions', 'sign_in_attempts'] as const;

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const engine: string = handle.engine;
  const rows =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
          handle.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          handle.db,
        );
  return rows.rows.map((r) => r.name);
}

function canonical(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(
    keys.map((k) => {
      const v = row[k];
      return [k, v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('hex')}` : typeof v === 'bigint' ? `bigint:${v}` : v];
    }),
  );
}

/** Per table: its row count and a SHA-256 over its rows in a canonical order (sorted, so no primary key is needed). */
export async function tableChecksums(handle: DatabaseHandle, except: readonly string[] = SESSION_TABLES): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const name of await tableNames(handle)) {
    if (except.includes(name)) continue;
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(handle.db);
    const hash = createHash('sha256');
    for (const line of rows.map(canonical).sort()) hash.update(line).update('\n');
    sums[name] = `${rows.length} rows ${hash.digest('hex').slice(0, 16)}`;
  }
  return sums;
}
