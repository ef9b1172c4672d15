// History verification names whatever was changed or removed behind the application's back, in process and from the command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { appendAuditEntry, seedDemoData, seedReferenceData, verifyHistory, type Database } from '@bmrts/db';
import { freshTestDatabase, onPostgres } from '../support/test-database';
import { DEMO_NOW, cheapPasswordHash, demoDatabase } from './temp-database';

/** A request with at least three events, so one can be removed from the middle. */
async function longHistory(db: Kysely<Database>, skip = 0) {
  const row = await db
    .selectFrom('request_events')
    .innerJoin('requests', 'requests.id', 'request_events.request_id')
    .select(['requests.id', 'requests.tracking_no'])
    .where('request_events.seq', '=', 3)
    .orderBy('requests.tracking_no')
    .offset(skip)
    .limit(1)
    .executeTakeFirstOrThrow();
  const events = await db.selectFrom('request_events').selectAll().where('request_id', '=', row.id).orderBy('seq').execute();
  return { trackingNo: row.tracking_no, events };
}

async function addAuditEntries(db: Kysely<Database>, count: number): Promise<void> {
  const actor = await db.selectFrom('users').select('id').where('is_admin', '=', 1).executeTakeFirstOrThrow();
  for (let i = 1; i <= count; i++) {
    await appendAuditEntry(db, {
      id: `audit-${i}`,
      actorId: actor.id,
      action: 'holiday.create',
      entityType: 'public_holiday',
      entityId: `2027-01-0${i}`,
      before: null,
      after: { date: `2027-01-0${i}`, nameTh: 'วันหยุด', nameEn: 'Holiday', kind: 'special' },
      at: DEMO_NOW.toISOString(),
    });
  }
}

describe('verifyHistory', () => {
  it('passes an untouched database and names each tampered chain by tracking number or "audit", seq and problem', async () => {
    const temp = await demoDatabase();
    try {
      await addAuditEntries(temp.db, 3);
      const clean = await verifyHistory(temp.db);
      expect(clean).toMatchObject({ ok: true, broken: [], auditEntriesChecked: 3 });
      expect(clean.eventsChecked).toBeGreaterThan(clean.requestsChecked);

      const edited = await longHistory(temp.db, 0);
      const target = edited.events[1];
      if (!target) throw new Error('no second event');
      await temp.db.updateTable('request_events').set({ comment: 'แก้ไขภายหลัง' }).where('id', '=', target.id).execute();
      expect((await verifyHistory(temp.db)).broken).toEqual([
        { chain: 'request', chainName: edited.trackingNo, entryId: target.id, seq: 2, problem: 'hash_mismatch' },
      ]);

      const shortened = await longHistory(temp.db, 1);
      await temp.db
        .deleteFrom('request_events')
        .where('id', '=', shortened.events[1]?.id ?? '')
        .execute();
      const afterDelete = await verifyHistory(temp.db);
      const gap = afterDelete.broken.find((b) => b.chainName === shortened.trackingNo);
      expect(gap).toMatchObject({ chain: 'request', seq: 3, entryId: shortened.events[2]?.id });
      expect(['sequence_gap', 'prev_hash_mismatch']).toContain(gap?.problem);

      await temp.db
        .updateTable('audit_log')
        .set({ after: JSON.stringify({ date: '2027-01-02', kind: 'fixed' }) })
        .where('seq', '=', 2)
        .execute();
      const all = await verifyHistory(temp.db);
      expect(all.ok).toBe(false);
      expect(all.broken).toContainEqual({ chain: 'audit', chainName: 'audit', entryId: 'audit-2', seq: 2, problem: 'hash_mismatch' });
      expect(all.broken).toHaveLength(3);
    } finally {
      await temp.close();
    }
  });
});

describe('npm run verify-history', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  /** `database`: DATA_DIR of a SQLite file, or DATABASE_URL of a PostgreSQL database. */
  function runCli(database: { DATA_DIR: string } | { DATABASE_URL: string }) {
    const { DATABASE_URL: _url, ...env } = process.env;
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/src/cli/verify-history.ts'], {
      cwd: root,
      env: { ...env, ...database },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('exits 0 on an intact database, and 1 naming the tracking number once an event is changed', async () => {
    const database = await freshTestDatabase({ migrated: true });
    try {
      const handle = database.open();
      await seedReferenceData(handle.db, DEMO_NOW.toISOString());
      await seedDemoData(handle.db, { now: DEMO_NOW, passwordHash: await cheapPasswordHash() });
      const { trackingNo, events } = await longHistory(handle.db);
      await handle.close();

      const intact = runCli(database.env);
      expect(intact.code, intact.output).toBe(0);
      expect(intact.output).toMatch(/Checked \d+ requests, \d+ request events and 0 audit entries/);

      const tamper = database.open();
      await tamper.db
        .updateTable('request_events')
        .set({ comment: 'เปลี่ยนแล้ว' })
        .where('id', '=', events[0]?.id ?? '')
        .execute();
      await tamper.close();

      const broken = runCli(database.env);
      expect(broken.code, broken.output).toBe(1);
      expect(broken.output).toContain(`${trackingNo}: seq 1, entry ${events[0]?.id}: hash_mismatch`);
    } finally {
      await database.release();
    }
  });

  it.skipIf(onPostgres)('exits 2 with a clear message when there is no database file (SQLite only: PostgreSQL has no file to miss)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'bmrts-cli-empty-'));
    try {
      const result = runCli({ DATA_DIR: empty });
      expect(result.code).toBe(2);
      expect(result.output).toContain('No BMRTS database at');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message when the database has no BMRTS tables', async () => {
    const database = await freshTestDatabase({ migrated: false });
    try {
      if (!onPostgres) await database.open().close(); // creates the empty SQLite file, so only the tables are missing
      const result = runCli(database.env);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toContain('has no BMRTS tables');
    } finally {
      await database.release();
    }
  });
});
