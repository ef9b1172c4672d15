// One stored truth (issue 14): real requests driven over HTTP along every shortest path of the request machine; after
// each step the row holds the state the machine reached, and its plain columns are requestColumnsOf that state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestColumnsOf } from '@bmrts/db';
import {
  COUNCIL_RECORDING_LEVEL,
  DEFAULT_ROUTING_RULES,
  EVENT_PERFORMER,
  requestContentSchema,
  routeRequest,
  routingFactsOf,
  type MachineRoute,
  type RequestContentInput,
  type RequestMachineEvent,
  type RequestSnapshot,
  type RequestView,
  type StoredMachineState,
} from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { eventsOf, pathsToWalk, type MachinePath } from '../support/machine-paths';
import {
  councilTransfer,
  emergencyCentralFund,
  multiYearAllotment,
  pensionCentralFund,
  smallAllotment,
  transferWithinPlan,
} from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

function routeOf(content: RequestContentInput): MachineRoute {
  const { finalLevel, council, ruleId } = routeRequest(routingFactsOf(requestContentSchema.parse(content)), DEFAULT_ROUTING_RULES);
  return { finalLevel, council, ruleId };
}

function performerOf(event: RequestMachineEvent, view: RequestView): OfficeUser {
  switch (EVENT_PERFORMER[event.type]) {
    case 'owning_unit':
      return office.unitK01;
    case 'level_holder':
      return k01ReviewerAt(office, view.level);
    case 'council_recorder':
      return k01ReviewerAt(office, COUNCIL_RECORDING_LEVEL);
  }
}

async function expectRowToHold(id: string, reached: RequestSnapshot, after: string): Promise<void> {
  const row = await t.handle.db
    .selectFrom('requests')
    .select(['machine_state', 'status', 'level', 'final_level', 'council', 'rule_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { machine_state, ...columns } = row;
  const stored = JSON.parse(machine_state) as StoredMachineState;
  expect(stored, `machine state after ${after}`).toEqual({ value: reached.value, context: reached.context });
  expect(columns, `columns after ${after}`).toEqual(requestColumnsOf(stored));
}

/** Walks one path with a new request, content routed as the path's SUBMIT says and edited before a RESUBMIT as it says. */
async function walk(path: MachinePath, submitted: RequestContentInput, resubmitted: RequestContentInput): Promise<void> {
  let view = await createDraft(t, actors, office.unitK01, submitted);
  const [start, ...steps] = path.steps;
  if (!start) throw new Error('a path starts in the draft state');
  await expectRowToHold(view.id, start.state, 'creation');
  const done: string[] = [];
  for (const { event, state } of steps) {
    if (event.type === 'RESUBMIT') {
      const edited = await call<RequestView>(t, 'PUT', `/api/requests/${view.id}`, {
        cookie: await actors.cookie(office.unitK01),
        body: { version: view.version, content: resubmitted },
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      view = edited.body;
    }
    const comment = 'comment' in event ? event.comment : undefined;
    view = await send(t, actors, performerOf(event, view), view, event.type, comment);
    done.push(event.type);
    await expectRowToHold(view.id, state, done.join(' → '));
  }
}

/** Runs `work` on every item, a few at a time: the paths are independent requests, and PostgreSQL answers several at once. */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

const SCENARIOS = [
  { type: 'allotment', submitted: smallAllotment(), resubmitted: multiYearAllotment(), rules: ['A2', 'A6'] },
  { type: 'transfer', submitted: councilTransfer(), resubmitted: transferWithinPlan(), rules: ['B7', 'B2'] },
  { type: 'central_fund', submitted: pensionCentralFund(), resubmitted: emergencyCentralFund(), rules: ['C1', 'C2'] },
] as const;

describe('the request row and its machine state', () => {
  it.each(SCENARIOS)(
    'agree after every step of every shortest path of a $type request routed $rules.0, then $rules.1 on resubmission',
    async ({ submitted, resubmitted, rules }) => {
      const first = routeOf(submitted);
      const second = routeOf(resubmitted);
      expect([first.ruleId, second.ruleId]).toEqual(rules);
      const { shortestPaths, walks } = pathsToWalk(first, second);
      // Everyone signs in before the lanes start: sign-ins at once are refused as a flood.
      for (const user of [office.unitK01, ...[2, 3, 4, 5, 6, 7, 8].map((level) => k01ReviewerAt(office, level))]) await actors.cookie(user);
      await inLanes(walks, 4, (path) => walk(path, submitted, resubmitted));
      // Every event type was sent at least once; every shortest path was walked, most as the start of a longer one.
      const sent = new Set(walks.flatMap((path) => eventsOf(path).map((event) => event.type)));
      expect(sent.size).toBe(first.council === 'approve' ? 9 : 7);
      expect(shortestPaths).toBeGreaterThan(walks.length);
    },
  );
});
