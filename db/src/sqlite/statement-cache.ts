// Memoizes better-sqlite3's prepare: Kysely's SQLite dialect prepares every statement anew, and preparing
// costs about a fifth of a short query (PERFORMANCE.md measured +27 % in-process with a cache).
import type SQLite from 'better-sqlite3';

/** Enough for every distinct query the app builds; IN lists of varying length make a few more. */
const MAX_CACHED_STATEMENTS = 2_000;

export function cacheStatements(sqlite: SQLite.Database, capacity = MAX_CACHED_STATEMENTS): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  // Kysely's single connection runs one query at a time behind its mutex, so a cached statement is never
  // re-entered while it runs; better-sqlite3 resets it after all()/run(), and SQLite re-prepares it after a schema change.
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached) {
      // Re-inserted so the Map's order is least recently used first.
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > capacity) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return statement;
  }) as SQLite.Database['prepare'];
}
