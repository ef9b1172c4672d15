import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '@bmrts/db';
import { openTempDatabase } from './temp-database';

const TABLES = [
  'analyst_portfolios',
  'budget_units',
  'executive_scopes',
  'org_divisions',
  'org_sections',
  'public_holidays',
  'request_events',
  'requests',
  'routing_rules',
  'sessions',
  'tracking_counters',
  'users',
  'acting_appointments',
  'audit_log',
  'sign_in_attempts',
  'attachments',
  'request_revisions',
  'notifications',
  'survey_rounds',
  'survey_participants',
  'survey_responses',
  'survey_answers',
  'level_targets',
  'scheduler_leases',
  'scheduler_runs',
  'scheduler_jobs',
  'import_mappings',
  'import_batches',
  'imported_requests',
  'email_opt_outs',
  'webhook_endpoints',
  'webhook_subscriptions',
  'outbox',
  'budget_lines',
  'budget_ledger',
  'request_line_claims',
  'budget_check_settings',
];

describe('migrations', () => {
  it('create every table on an empty database', async () => {
    const temp = await openTempDatabase();
    try {
      expect(await migrateToLatest(temp.db)).toEqual([
        '2026_11_24_0001_initial',
        '2026_11_24_0002_access',
        '2026_11_24_0003_attachments_revisions_notifications',
        '2026_11_24_0004_surveys',
        '2026_11_24_0005_timeliness',
        '2026_11_24_0006_scheduler',
        '2026_11_24_0007_outbox',
        '2026_11_24_0008_imports',
        '2026_11_24_0009_dashboard',
        '2026_11_24_0011_list_indexes',
        '2026_12_07_0001_appointment_orders',
        '2026_12_07_0002_request_columns_from_machine_state',
        '2026_12_07_0003_user_phone_extension',
        '2026_12_07_0815_survey_minimum_sample',
        '2026_12_07_1502_notification_event_seq',
        '2026_12_07_1900_request_letter_no',
        '2026_12_08_0001_budget_ledger',
        '2026_12_08_0002_event_seen',
        '2026_12_08_0003_budget_check_settings',
        '2026_12_08_0330_budget_line_pending',
      ]);
      const tables = (await temp.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(TABLES));
    } finally {
      await temp.close();
    }
  });

  it('run again on a migrated database without error and without change', async () => {
    const temp = await openTempDatabase();
    try {
      await migrateToLatest(temp.db);
      const again = temp.reopen();
      try {
        expect(await migrateToLatest(again.db)).toEqual([]);
        const tables = (await again.db.introspection.getTables()).map((t) => t.name);
        expect(tables).toEqual(expect.arrayContaining(TABLES));
      } finally {
        await again.close();
      }
    } finally {
      await temp.close();
    }
  });
});
