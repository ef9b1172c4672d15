// verify-ledger (issue 16): on the full demo seed every budget line's cached totals equal the sums of its ledger
// entries (its pending totals, the claims of the requests in review) and every approved request has exactly the entries
// it claims; a ledger row's amount or a line's cached total (pending ones too) edited behind the application's back is
// named (the line, the expected and the found figure) by the administrators' GET /api/admin/ledger/verify and by
// `npm run verify-ledger`, which then exits 1.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Updateable } from 'kysely';
import { DEMO_PASSWORD, hashPassword, seedDemoData, type BudgetLineTable } from '@bmrts/db';
import { formatMoney, type LedgerVerification } from '@bmrts/shared';
import { CHEAP_SCRYPT, makeTestApp, type TestApp } from '../support/test-app';
import { call, signIn } from '../support/http-client';

const NOW = '2026-12-07T03:00:00.000Z';
const BAHT = 100;
let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await makeTestApp(NOW);
  await seedDemoData(t.handle.db, { now: new Date(NOW), passwordHash: await hashPassword(DEMO_PASSWORD, CHEAP_SCRYPT) });
  admin = await signIn(t, 'admin', DEMO_PASSWORD);
});
afterAll(() => t.close());

const verify = async (): Promise<LedgerVerification> => {
  const res = await call(t, 'GET', '/api/admin/ledger/verify', { cookie: admin });
  expect(res.status).toBe(200);
  return res.body as LedgerVerification;
};

const root = fileURLToPath(new URL('../../', import.meta.url));
function runCli() {
  const { DATABASE_URL: _url, ...env } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/src/cli/verify-ledger.ts'], {
    cwd: root,
    env: { ...env, ...t.database.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** An approved allotment's entry on a line that nothing else touches in the demo, with its line's code and year. */
async function approvedAllotmentEntry() {
  return t.handle.db
    .selectFrom('budget_ledger')
    .innerJoin('budget_lines', 'budget_lines.id', 'budget_ledger.line_id')
    .innerJoin('requests', 'requests.id', 'budget_ledger.request_id')
    .select([
      'budget_ledger.id',
      'budget_ledger.line_id',
      'budget_ledger.amount_satang',
      'budget_lines.code',
      'budget_lines.fiscal_year',
      'requests.tracking_no',
    ])
    .where('budget_ledger.kind', '=', 'allotment')
    .orderBy('requests.tracking_no')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/**
 * Edits a line's row behind the application's back, expects verify-ledger to name that line and `check` what it says,
 * then puts the row back and expects verify-ledger to pass again.
 */
async function expectNamedWhileEdited(
  line: { id: string; code: string; fiscal_year: number },
  edited: Updateable<BudgetLineTable>,
  original: Updateable<BudgetLineTable>,
  check: (what: { th: string; en: string }) => void,
): Promise<void> {
  await t.handle.db.updateTable('budget_lines').set(edited).where('id', '=', line.id).execute();
  try {
    const result = await verify();
    expect(result).toMatchObject({ ok: false, firstProblem: { lineCode: line.code, fiscalYear: line.fiscal_year } });
    if (!result.ok) check(result.firstProblem.what);
  } finally {
    await t.handle.db.updateTable('budget_lines').set(original).where('id', '=', line.id).execute();
  }
  expect((await verify()).ok).toBe(true);
}

describe('verify-ledger', () => {
  it('passes on the full demo seed, for administrators only, and the CLI exits 0', async () => {
    const lines = await t.handle.db.selectFrom('budget_lines').select('id').execute();
    const entries = await t.handle.db.selectFrom('budget_ledger').select('id').execute();
    expect(await verify()).toEqual({ ok: true, lines: lines.length, entries: entries.length });
    expect(entries.length).toBeGreaterThan(lines.length); // the openings and what the approvals moved

    const analyst = await signIn(t, 'analyst1', DEMO_PASSWORD);
    expect((await call(t, 'GET', '/api/admin/ledger/verify', { cookie: analyst })).status).toBe(403);

    const cli = runCli();
    expect(cli.code, cli.output).toBe(0);
    expect(cli.output).toMatch(/Checked \d+ budget lines and \d+ ledger entries/);
  });

  it('names the line when a ledger row’s amount was edited in the database, and the CLI exits 1', async () => {
    const entry = await approvedAllotmentEntry();
    const amount = Number(entry.amount_satang);
    await t.handle.db
      .updateTable('budget_ledger')
      .set({ amount_satang: sql`amount_satang + ${1000 * BAHT}` })
      .where('id', '=', entry.id)
      .execute();
    try {
      const result = await verify();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.firstProblem).toMatchObject({ lineCode: entry.code, fiscalYear: entry.fiscal_year });
      // The cached total (what the line says) against the entries' sum (what the ledger says), both as figures.
      const line = await t.handle.db
        .selectFrom('budget_lines')
        .select('allotted_satang')
        .where('id', '=', entry.line_id)
        .executeTakeFirstOrThrow();
      const cached = Number(line.allotted_satang);
      expect(result.firstProblem.what.th).toContain(`รายการ ${entry.code} ปีงบประมาณ ${entry.fiscal_year}`);
      expect(result.firstProblem.what.th).toContain(formatMoney(cached, 'th'));
      expect(result.firstProblem.what.th).toContain(formatMoney(cached + 1000 * BAHT, 'th'));
      expect(result.firstProblem.what.en).toContain(`line ${entry.code} (FY ${entry.fiscal_year})`);

      const cli = runCli();
      expect(cli.code, cli.output).toBe(1);
      expect(cli.output).toContain(`line ${entry.code} (FY ${entry.fiscal_year})`);
    } finally {
      await t.handle.db.updateTable('budget_ledger').set({ amount_satang: amount }).where('id', '=', entry.id).execute();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('names the line when a line’s cached total was edited in the database', async () => {
    const line = await t.handle.db
      .selectFrom('budget_lines')
      .select(['id', 'code', 'fiscal_year', 'transfer_in_satang'])
      .where('kind', '=', 'unit')
      .orderBy('fiscal_year', 'desc')
      .orderBy('code', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const before = Number(line.transfer_in_satang);
    await expectNamedWhileEdited(line, { transfer_in_satang: before + 250_000 * BAHT }, { transfer_in_satang: before }, (what) => {
      expect(what.en).toContain(formatMoney(before + 250_000 * BAHT, 'en'));
      expect(what.en).toContain(`add up to ${formatMoney(before, 'en')}`);
      expect(what.th).toContain('รับโอน');
    });
  });

  it('names the line when a line’s cached pending claims were edited in the database', async () => {
    const line = await t.handle.db
      .selectFrom('budget_lines')
      .select(['id', 'code', 'fiscal_year', 'pending_count', 'pending_satang'])
      .where('pending_count', '>', 0)
      .orderBy('fiscal_year')
      .orderBy('code')
      .limit(1)
      .executeTakeFirstOrThrow();
    const count = Number(line.pending_count);
    const satang = Number(line.pending_satang);
    const edited = { pending_count: count + 1, pending_satang: satang + 500_000 * BAHT };
    await expectNamedWhileEdited(line, edited, { pending_count: count, pending_satang: satang }, (what) => {
      expect(what.en).toContain(`kept on the line are ${count + 1} for ${formatMoney(satang + 500_000 * BAHT, 'en')}`);
      expect(what.en).toContain(`claim ${count} for ${formatMoney(satang, 'en')}`);
      expect(what.th).toContain('รอพิจารณา');
    });
  });

  it('names the request when an approved request lost its entry, even with the line’s total made to agree', async () => {
    const entry = await approvedAllotmentEntry();
    const row = await t.handle.db.selectFrom('budget_ledger').selectAll().where('id', '=', entry.id).executeTakeFirstOrThrow();
    await t.handle.db.deleteFrom('budget_ledger').where('id', '=', entry.id).execute();
    await t.handle.db
      .updateTable('budget_lines')
      .set({ allotted_satang: sql`allotted_satang - ${Number(entry.amount_satang)}` })
      .where('id', '=', entry.line_id)
      .execute();
    try {
      const result = await verify();
      expect(result).toMatchObject({ ok: false, firstProblem: { requestTrackingNo: entry.tracking_no, lineCode: entry.code } });
      if (result.ok) return;
      expect(result.firstProblem.what.en).toContain(`expected ${formatMoney(Number(entry.amount_satang), 'en')}, found none`);
    } finally {
      await t.handle.db.insertInto('budget_ledger').values(row).execute();
      await t.handle.db
        .updateTable('budget_lines')
        .set({ allotted_satang: sql`allotted_satang + ${Number(entry.amount_satang)}` })
        .where('id', '=', entry.line_id)
        .execute();
    }
    expect((await verify()).ok).toBe(true);
  });
});
