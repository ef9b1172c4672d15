// The migration that repairs request columns disagreeing with their stored machine state, on a database upgraded from
// before it: it rewrites what disagrees, leaves the rest, changes nothing when run again, and leaves the history verifiable.
import { describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import {
  chainEvents,
  migrateToLatest,
  requestColumnsOf,
  requestContentColumns,
  seedReferenceData,
  verifyHistory,
  type Database,
  type RequestColumns,
} from '@bmrts/db';
import {
  DEFAULT_ROUTING_RULES,
  decide,
  initialMachineState,
  machineEvent,
  requestContentSchema,
  routeRequest,
  routingFactsOf,
  type RequestContentInput,
  type RequestEventType,
  type StoredMachineState,
} from '@bmrts/shared';
import { councilTransfer, smallAllotment } from '../support/requests';
import { cheapPasswordHash, migratedDatabase } from './temp-database';

const REPAIR = '2026_12_07_0002_request_columns_from_machine_state';
const AT = '2026-03-02T03:00:00.000Z';

/** The state the machine reaches from a draft of this content through these events. */
function stateAfter(input: RequestContentInput, types: RequestEventType[]): StoredMachineState {
  const route = routeRequest(routingFactsOf(requestContentSchema.parse(input)), DEFAULT_ROUTING_RULES);
  return types.reduce((state, type) => {
    const decision = decide(state, machineEvent(type, undefined, route));
    if (!decision.ok) throw new Error(`${type} refused: ${decision.reason}`);
    return decision.state;
  }, initialMachineState());
}

interface Written {
  id: string;
  state: StoredMachineState;
  /** What the columns say instead of what the state implies; nothing when they agree. */
  columns: Partial<RequestColumns>;
}

async function writeRequest(db: Kysely<Database>, input: RequestContentInput, written: Written, index: number): Promise<void> {
  await db
    .insertInto('requests')
    .values({
      id: written.id,
      tracking_no: `ALT-2569-${String(index).padStart(6, '0')}`,
      unit_code: 'K01',
      ...requestContentColumns(requestContentSchema.parse(input)),
      ...requestColumnsOf(written.state),
      ...written.columns,
      route_reason_th: null,
      route_reason_en: null,
      machine_state: JSON.stringify(written.state),
      version: 1,
      created_by: 'u-k01',
      created_at: AT,
      updated_at: AT,
      submitted_at: null,
      level_entered_at: AT,
      decided_at: null,
    })
    .execute();
  // One chained event per request, so the history has something to verify.
  const events = chainEvents([
    {
      id: `${written.id}-e1`,
      request_id: written.id,
      type: 'SUBMIT',
      from_status: 'draft',
      to_status: 'in_review',
      from_level: 1,
      to_level: 2,
      actor_id: 'u-k01',
      at: AT,
    },
  ]);
  await db.insertInto('request_events').values(events).execute();
}

async function columnsOf(db: Kysely<Database>) {
  return db.selectFrom('requests').selectAll().orderBy('id').execute();
}

/** Runs the repair again, as on a database that had every migration but this one. */
async function runRepair(db: Kysely<Database>): Promise<string[]> {
  await sql`delete from kysely_migration where name = ${REPAIR}`.execute(db);
  return migrateToLatest(db);
}

describe('the repair of request columns from the machine state', () => {
  it('rewrites the columns that disagree with the stored state, leaves the rest, and changes nothing when run again', async () => {
    const temp = await migratedDatabase();
    try {
      const { db } = temp;
      await seedReferenceData(db, AT);
      await db
        .insertInto('users')
        .values({
          id: 'u-k01',
          username: 'k01',
          password_hash: await cheapPasswordHash(),
          display_name: 'คุณ k01',
          level: 1,
          unit_code: 'K01',
          section_id: null,
          division_id: null,
          is_admin: 0,
          active: 1,
          created_at: AT,
          updated_at: AT,
        })
        .execute();
      const rows: [RequestContentInput, Written][] = [
        // A draft whose columns took the machine's placeholder route for a real one.
        [smallAllotment(), { id: 'r1', state: stateAfter(smallAllotment(), []), columns: { final_level: 8, rule_id: 'DEFAULT' } }],
        // An UPDATE that moved the state on but left the columns behind.
        [
          smallAllotment(),
          {
            id: 'r2',
            state: stateAfter(smallAllotment(), ['SUBMIT', 'APPROVE']),
            columns: { status: 'draft', level: 1, final_level: null, council: 'none', rule_id: null },
          },
        ],
        // A council request whose council mode was lost.
        [
          councilTransfer(),
          {
            id: 'r3',
            state: stateAfter(councilTransfer(), ['SUBMIT', ...Array<RequestEventType>(7).fill('APPROVE')]),
            columns: { council: 'none', level: 7 },
          },
        ],
        // Rows that agree already.
        [smallAllotment(), { id: 'r4', state: stateAfter(smallAllotment(), ['SUBMIT', 'APPROVE', 'APPROVE', 'APPROVE']), columns: {} }],
        [smallAllotment(), { id: 'r5', state: stateAfter(smallAllotment(), ['WITHDRAW']), columns: {} }],
      ];
      for (const [index, [input, written]] of rows.entries()) await writeRequest(db, input, written, index + 1);
      const before = await columnsOf(db);

      expect(await runRepair(db)).toEqual([REPAIR]);
      const repaired = await columnsOf(db);
      for (const [, written] of rows) {
        const row = repaired.find((r) => r.id === written.id);
        const { status, level, final_level, council, rule_id } = row ?? {};
        expect({ status, level, final_level, council, rule_id }, written.id).toEqual(requestColumnsOf(written.state));
      }
      expect(repaired.find((r) => r.id === 'r3')).toMatchObject({
        status: 'awaiting_council',
        level: 8,
        council: 'approve',
        rule_id: 'B7',
      });
      // Everything else about each row, and the agreeing rows entirely, as they were.
      const columnsAside = (row: (typeof before)[number]) => ({ ...row, status: '', level: 0, final_level: 0, council: '', rule_id: '' });
      expect(repaired.map(columnsAside)).toEqual(before.map(columnsAside));
      expect(repaired.filter((r) => r.id === 'r4' || r.id === 'r5')).toEqual(before.filter((r) => r.id === 'r4' || r.id === 'r5'));

      expect(await runRepair(db)).toEqual([REPAIR]);
      expect(await columnsOf(db)).toEqual(repaired);
      // The hash chains cover events, never request rows: the history still verifies.
      expect(await verifyHistory(db)).toMatchObject({ ok: true, requestsChecked: 5, eventsChecked: 5, broken: [] });
    } finally {
      await temp.close();
    }
  });
});
