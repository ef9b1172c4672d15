// Global setup of the db-pg and api-pg projects: one migrated template database per run, cloned by every test
// (CREATE DATABASE … TEMPLATE takes ~0.1 s, a migration several times that), and every database of the run dropped at the end.
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDatabase, migrateToLatest } from '@bmrts/db';
import { databaseUrlFor, newRunPrefix } from './postgres-test-cluster';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const clusterUrl = process.env.TEST_DATABASE_URL;
  if (!clusterUrl) throw new Error('the PostgreSQL test projects need TEST_DATABASE_URL');
  const runPrefix = newRunPrefix();
  const template = `${runPrefix}template`;

  const cluster = createDatabase({ databaseUrl: clusterUrl, poolSize: 1 });
  try {
    await sql`create database ${sql.id(template)} template template0`.execute(cluster.db);
    const migrating = createDatabase({ databaseUrl: databaseUrlFor(clusterUrl, template), poolSize: 1 });
    try {
      await migrateToLatest(migrating.db);
    } finally {
      // Nobody may stay connected to a template, or CREATE DATABASE … TEMPLATE refuses.
      await migrating.close();
    }
  } finally {
    await cluster.close();
  }
  project.provide('bmrtsPostgresTemplate', template);
  project.provide('bmrtsPostgresRunPrefix', runPrefix);

  return async () => {
    const admin = createDatabase({ databaseUrl: clusterUrl, poolSize: 1 });
    try {
      // Tests drop their own; this catches those of a test that failed before its cleanup, and the template.
      const left = await sql<{ datname: string }>`select datname from pg_database where starts_with(datname, ${runPrefix})`.execute(
        admin.db,
      );
      for (const { datname } of left.rows) await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(admin.db);
    } finally {
      await admin.close();
    }
  };
}
