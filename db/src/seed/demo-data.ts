// seedDemoData: a realistic organisation, demo accounts and about 300 requests with full histories,
// written once into an empty database (when there are no users) so a first start has something to show.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { BE_OFFSET, fiscalYearOf } from '@bmrts/shared';
import type { Database } from '../schema';
import { insertInBatches } from './batch-insert';
import { buildDemoPeople } from './demo-people';
import { seedDemoEmailAndWebhooks } from './demo-outbox';
import { seedDemoSurveys } from './demo-surveys';
import { generateDemoRequests } from './demo-requests';
import { DemoLedgerPlanner, seedDemoLedger } from './demo-ledger';
import { createRandom } from './prng';
import { WorkingClock } from './working-clock';
import { ADVISORY_LOCKS, lockForTransaction } from '../postgres';

export interface DemoSeedOptions {
  now: Date;
  /**
   * The hash of DEMO_PASSWORD, computed once by the caller and shared by every demo account: it is a
   * public password, and hashing ~86 accounts one by one at the recommended scrypt cost (~0.2 s each)
   * would hold up the first start by about 15 seconds for no security gain.
   */
  passwordHash: string;
  newId?: () => string;
}

export interface DemoSeedResult {
  users: number;
  requests: number;
  events: number;
}

/** Fixed, so the demo is the same on every installation, relative to the day it is seeded. */
const DEMO_SEED = 2565_0930;
/** The budget lines' own stream, so the requests drawn from DEMO_SEED stay as they were before the ledger. */
const DEMO_LEDGER_SEED = 2569_1001;

export async function seedDemoData(db: Kysely<Database>, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const { now, passwordHash, newId = randomUUID } = options;
  return db.transaction().execute(async (trx) => {
    // Several servers starting at once on one PostgreSQL: the first seeds, the others wait and then find users.
    await lockForTransaction(trx, ADVISORY_LOCKS.seed);
    if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) return { users: 0, requests: 0, events: 0 };

    const units = await trx
      .selectFrom('budget_units')
      .select(['code', 'kind', 'name_th', 'group_en'])
      .where('active', '=', 1)
      .orderBy('code')
      .execute();
    if (units.length === 0) throw new Error('seed the reference data (budget units) before the demo data');
    const holidayRows = await trx.selectFrom('public_holidays').select('date').execute();

    // The demo spans the current and the previous fiscal year; the calendar starts a year earlier for slack.
    const previousYearStart = `${fiscalYearOf(now) - BE_OFFSET - 2}-10-01`;
    const calendarStart = `${fiscalYearOf(now) - BE_OFFSET - 3}-10-01`;
    const clock = new WorkingClock(now, new Set(holidayRows.map((h) => h.date)), calendarStart);
    const rng = createRandom(DEMO_SEED);

    const people = buildDemoPeople({ units, passwordHash, createdAt: clock.isoOf(0, 0), newId });
    // The budget lines of both years, named in the requests as they are written; a stream of its own (see DemoLedgerPlanner).
    const ledgerPlanner = new DemoLedgerPlanner(createRandom(DEMO_LEDGER_SEED), units, [fiscalYearOf(now) - 1, fiscalYearOf(now)], newId);
    const { requests, counters } = generateDemoRequests({
      rng,
      clock,
      windowStart: clock.ordinalOfDate(previousYearStart),
      units,
      people,
      newId,
      nameLines: (content, unit, shape) => ledgerPlanner.nameLines(content, unit, shape),
    });
    const ledger = ledgerPlanner.finish(requests);

    await insertInBatches(trx, 'org_divisions', people.divisions);
    await insertInBatches(trx, 'org_sections', people.sections);
    await insertInBatches(trx, 'users', people.users);
    await insertInBatches(trx, 'analyst_portfolios', people.portfolios);
    await seedDemoEmailAndWebhooks(trx, now.toISOString(), newId);
    await seedDemoSurveys(trx, { now, users: people.users, newId });
    await insertInBatches(
      trx,
      'requests',
      requests.map((r) => r.request),
      200,
    );
    const events = requests.flatMap((r) => r.events);
    await insertInBatches(trx, 'request_events', events);
    await insertInBatches(
      trx,
      'request_revisions',
      requests.flatMap((r) => r.revisions),
    );
    await seedDemoLedger(trx, ledger, clock.isoOf(0, 0), newId);
    for (const counter of counters) {
      await trx
        .insertInto('tracking_counters')
        .values(counter)
        .onConflict((oc) => oc.columns(['prefix', 'fiscal_year']).doUpdateSet({ last_no: counter.last_no }))
        .execute();
    }
    return { users: people.users.length, requests: requests.length, events: events.length };
  });
}
