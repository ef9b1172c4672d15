// PostgreSQL databases for tests. CREATE DATABASE from the migrated template costs ~0.4 s, ten times a test's own
// work, so a test file keeps the databases its tests are done with, emptied of every row (a few ms), and hands
// them to its next tests: each test still starts on a migrated schema with no rows, as if newly created.
import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { inject } from 'vitest';
import { createDatabase } from '@bmrts/db';
import { databaseUrlFor, testDatabaseName } from './postgres-test-cluster';

export function clusterUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('BMRTS_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
  return url;
}

/** Runs one statement on the cluster's maintenance database (CREATE and DROP DATABASE cannot run inside the target). */
async function onCluster(statement: RawBuilder<unknown>): Promise<void> {
  const admin = createDatabase({ databaseUrl: clusterUrl(), poolSize: 1 });
  try {
    await statement.execute(admin.db);
  } finally {
    await admin.close();
  }
}

/** Migrated databases of this test file, emptied and ready for its next test. */
const emptied: string[] = [];

export async function acquirePostgresDatabase(migrated: boolean): Promise<string> {
  const reused = migrated ? emptied.pop() : undefined;
  if (reused) return reused;
  const name = testDatabaseName(inject('bmrtsPostgresRunPrefix'));
  // The migrated template is built once per run by the project's global setup; template0 is PostgreSQL's empty one.
  const template = migrated ? inject('bmrtsPostgresTemplate') : 'template0';
  await onCluster(sql`create database ${sql.id(name)} template ${sql.id(template)}`);
  return name;
}

/**
 * A new database of this run copied from `template`, one of this run's databases that nobody is connected to (a
 * test file's own template: tests/support/test-database.ts, templatedTestDatabase). Given back like a migrated one.
 */
export async function clonePostgresDatabase(template: string): Promise<string> {
  const name = testDatabaseName(inject('bmrtsPostgresRunPrefix'));
  await onCluster(sql`create database ${sql.id(name)} template ${sql.id(template)}`);
  return name;
}

/** Application tables, children before parents, so deleting in this order never trips a foreign key. */
async function tablesChildrenFirst(db: QueryExecutorProvider): Promise<string[]> {
  const tables = (
    await sql<{
      name: string;
    }>`select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(db)
  ).rows.map((r) => r.name);
  const references = (
    await sql<{ child: string; parent: string }>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.conrelid <> c.confrelid`.execute(db)
  ).rows;
  const ordered: string[] = [];
  let left = tables;
  while (left.length > 0) {
    const leaves = left.filter((t) => !references.some((r) => r.parent === t && left.includes(r.child)));
    if (leaves.length === 0) throw new Error(`foreign keys form a cycle among ${left.join(', ')}`);
    ordered.push(...leaves);
    left = left.filter((t) => !leaves.includes(t));
  }
  return ordered;
}

/** Deletes every row of every application table, in one transaction; the schema and migration records stay. */
async function emptyDatabase(name: string): Promise<void> {
  const handle = createDatabase({ databaseUrl: databaseUrlFor(clusterUrl(), name), poolSize: 1 });
  try {
    await handle.db.transaction().execute(async (trx) => {
      for (const table of await tablesChildrenFirst(trx)) await sql`delete from ${sql.table(table)}`.execute(trx);
    });
  } finally {
    await handle.close();
  }
}

/**
 * Gives a test's database back once every handle on it is closed: a migrated one is emptied for the next test of
 * this file, an unmigrated one (a migration test's) dropped.
 */
export async function releasePostgresDatabase(name: string, migrated: boolean): Promise<void> {
  if (migrated) {
    await emptyDatabase(name);
    emptied.push(name);
    return;
  }
  await dropPostgresDatabase(name);
}

/**
 * Not WITH (FORCE): PostgreSQL waits a few seconds for closing connections to go, and a handle a test left open
 * fails that test here instead of being cut; the global teardown forces whatever remains.
 */
function dropPostgresDatabase(name: string): Promise<void> {
  return onCluster(sql`drop database if exists ${sql.id(name)}`);
}

/** After the last test of a file (tests/support/postgres-setup-file.ts): the emptied databases are not needed again. */
export async function dropEmptiedDatabases(): Promise<void> {
  for (const name of emptied.splice(0)) await dropPostgresDatabase(name);
}
