// Runs every pending migration with Kysely's Migrator; migrations are listed statically so bundlers and tsx agree.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import * as initial from './migrations/2026_11_24_0001_initial';
import * as access from './migrations/2026_11_24_0002_access';
import * as attachmentsRevisionsNotifications from './migrations/2026_11_24_0003_attachments_revisions_notifications';
import * as surveys from './migrations/2026_11_24_0004_surveys';
import * as outbox from './migrations/2026_11_24_0007_outbox';

const MIGRATIONS: Record<string, Migration> = {
  '2026_11_24_0001_initial': initial,
  '2026_11_24_0002_access': access,
  '2026_11_24_0003_attachments_revisions_notifications': attachmentsRevisionsNotifications,
  '2026_11_24_0004_surveys': surveys,
  '2026_11_24_0007_outbox': outbox,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
