// Runs every pending migration with Kysely's Migrator; migrations are listed statically so bundlers and tsx agree.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import * as initial from './migrations/2026_11_24_0001_initial';
import * as access from './migrations/2026_11_24_0002_access';
import * as attachmentsRevisionsNotifications from './migrations/2026_11_24_0003_attachments_revisions_notifications';
import * as surveys from './migrations/2026_11_24_0004_surveys';
import * as timeliness from './migrations/2026_11_24_0005_timeliness';
import * as scheduler from './migrations/2026_11_24_0006_scheduler';
import * as outbox from './migrations/2026_11_24_0007_outbox';
import * as imports from './migrations/2026_11_24_0008_imports';
import * as dashboard from './migrations/2026_11_24_0009_dashboard';
import * as listIndexes from './migrations/2026_11_24_0011_list_indexes';
import * as appointmentOrders from './migrations/2026_12_07_0001_appointment_orders';
import * as requestColumnsFromMachineState from './migrations/2026_12_07_0002_request_columns_from_machine_state';
import * as userPhoneExtension from './migrations/2026_12_07_0003_user_phone_extension';
import * as surveyMinimumSample from './migrations/2026_12_07_0815_survey_minimum_sample';
import * as notificationEventSeq from './migrations/2026_12_07_1502_notification_event_seq';
import * as requestLetterNo from './migrations/2026_12_07_1900_request_letter_no';
import * as budgetLedger from './migrations/2026_12_08_0001_budget_ledger';
import * as eventSeen from './migrations/2026_12_08_0002_event_seen';
import * as budgetCheckSettings from './migrations/2026_12_08_0003_budget_check_settings';
import * as budgetLinePending from './migrations/2026_12_08_0330_budget_line_pending';

const MIGRATIONS: Record<string, Migration> = {
  '2026_11_24_0001_initial': initial,
  '2026_11_24_0002_access': access,
  '2026_11_24_0003_attachments_revisions_notifications': attachmentsRevisionsNotifications,
  '2026_11_24_0004_surveys': surveys,
  '2026_11_24_0005_timeliness': timeliness,
  '2026_11_24_0006_scheduler': scheduler,
  '2026_11_24_0007_outbox': outbox,
  '2026_11_24_0008_imports': imports,
  '2026_11_24_0009_dashboard': dashboard,
  '2026_11_24_0011_list_indexes': listIndexes,
  '2026_12_07_0001_appointment_orders': appointmentOrders,
  '2026_12_07_0002_request_columns_from_machine_state': requestColumnsFromMachineState,
  '2026_12_07_0003_user_phone_extension': userPhoneExtension,
  '2026_12_07_0815_survey_minimum_sample': surveyMinimumSample,
  '2026_12_07_1502_notification_event_seq': notificationEventSeq,
  '2026_12_07_1900_request_letter_no': requestLetterNo,
  '2026_12_08_0001_budget_ledger': budgetLedger,
  '2026_12_08_0002_event_seen': eventSeen,
  '2026_12_08_0003_budget_check_settings': budgetCheckSettings,
  '2026_12_08_0330_budget_line_pending': budgetLinePending,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  // Unordered: migrations written side by side on different branches may land in any order; each stands alone.
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
