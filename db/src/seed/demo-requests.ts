// Generates the demo requests: about 300 over all units, 60 % allotments, 30 % transfers, 10 % central fund,
// each routed, driven through the request machine to its outcome, dated, numbered and turned into rows.
import { DEFAULT_ROUTING_RULES, fiscalYearOf, formatTrackingNo, routeRequest, routingFactsOf, TRACKING_PREFIX } from '@bmrts/shared';
import type { MachineRoute, RequestContent, RequestType } from '@bmrts/shared';
import type { Insertable } from 'kysely';
import type { TrackingCounterTable } from '../schema';
import type { Random } from './prng';
import type { WorkingClock } from './working-clock';
import type { DemoPeople, UnitActors } from './demo-people';
import type { DemoUnit, RequestShape } from './demo-shape';
import type { Transition } from './demo-history';
import type { DemoRequestRows } from './demo-request-rows';
import { drawAllotment } from './demo-allotment-shapes';
import { drawTransfer } from './demo-transfer-shapes';
import { drawCentralFund } from './demo-central-fund-shapes';
import { assignOutcomes } from './demo-outcomes';
import { planSteps, runSteps } from './demo-history';
import { placeInTime } from './demo-timeline';
import { writeRequestContent } from './demo-texts';
import { demoRequestRows } from './demo-request-rows';
import { submittedVersions } from './demo-revisions';
import { UNIT1_CODE, UNIT2_CODE } from './demo-organisation';

export const DEMO_REQUEST_COUNT = 300;
const TYPE_SHARES: readonly (readonly [RequestType, number])[] = [
  ['allotment', 0.6],
  ['transfer', 0.3],
  ['central_fund', 0.1],
];

/** Which unit files each request: unit1's and unit2's units most (their accounts are the demo's), departments more than districts. */
function unitSlots(rng: Random, units: readonly DemoUnit[]): string[] {
  const base = (u: DemoUnit) => (u.code === UNIT1_CODE || u.code === UNIT2_CODE ? 12 : u.kind === 'district' ? 3 : 5);
  const slots = rng.shuffled(units.flatMap((u) => Array.from({ length: base(u) }, () => u.code)));
  const weights = units.map((u) => [u.code, u.kind === 'district' ? 1 : 2] as const);
  while (slots.length < DEMO_REQUEST_COUNT) slots.push(rng.weighted(weights));
  return slots.slice(0, DEMO_REQUEST_COUNT);
}

function requestTypes(rng: Random): RequestType[] {
  const types = TYPE_SHARES.flatMap(([type, share]) => Array.from({ length: Math.round(DEMO_REQUEST_COUNT * share) }, () => type));
  return rng.shuffled(types);
}

function drawShape(rng: Random, type: RequestType, unit: DemoUnit, units: readonly DemoUnit[]): RequestShape {
  switch (type) {
    case 'allotment':
      return drawAllotment(rng, unit);
    case 'transfer':
      return drawTransfer(rng, unit, units);
    case 'central_fund':
      return drawCentralFund(rng);
  }
}

function actorOf(t: Transition, actors: UnitActors, people: DemoPeople): string {
  switch (t.type) {
    case 'SUBMIT':
    case 'RESUBMIT':
    case 'WITHDRAW':
      return actors.staffId;
    case 'COUNCIL_APPROVE':
    case 'COUNCIL_REJECT':
      return people.executiveAt(8);
    default: {
      const level = t.from.context.level;
      if (level === 2) return actors.analystId;
      if (level === 3) return actors.headId;
      if (level === 4) return actors.directorId;
      return people.executiveAt(level);
    }
  }
}

/** Quarter of the fiscal year of a Bangkok date: October–December is 1. */
function fiscalQuarter(date: string): number {
  const month = Number(date.slice(5, 7));
  return month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2;
}

export interface DemoRequestsInput {
  rng: Random;
  clock: WorkingClock;
  windowStart: number;
  units: readonly DemoUnit[];
  people: DemoPeople;
  newId: () => string;
  /** Names the budget lines the request draws on and pays into (the demo ledger); without it the content names none. */
  nameLines?: (content: RequestContent, unit: DemoUnit, shape: RequestShape) => RequestContent;
}

export interface GeneratedDemoRequests {
  requests: DemoRequestRows[];
  counters: Insertable<TrackingCounterTable>[];
}

export function generateDemoRequests({
  rng,
  clock,
  windowStart,
  units,
  people,
  newId,
  nameLines,
}: DemoRequestsInput): GeneratedDemoRequests {
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const types = requestTypes(rng);
  const drawn = unitSlots(rng, units).map((code, index) => {
    const unit = unitByCode.get(code) ?? units[0];
    if (!unit) throw new Error('the demo needs budget units');
    const type = types[index] ?? 'allotment';
    const shape = drawShape(rng, type, unit, units);
    // The fiscal year and title do not affect routing, so a provisional date routes the same as the real one.
    const route = routeRequest(routingFactsOf(writeRequestContent(shape, unit, { fiscalYear: 2569, quarter: 1 })), DEFAULT_ROUTING_RULES);
    return { unit, type, shape, route };
  });

  const outcomes = assignOutcomes(
    rng,
    drawn.map(({ unit, route }) => ({
      unitCode: unit.code,
      sectionNumber: people.sectionOfUnit.get(unit.code) ?? 0,
      finalLevel: route.finalLevel,
      council: route.council,
    })),
  );

  const lived = drawn.map((request, index) => {
    const machineRoute: MachineRoute = {
      finalLevel: request.route.finalLevel,
      council: request.route.council,
      ruleId: request.route.ruleId,
    };
    const steps = planSteps(rng, outcomes[index] ?? { kind: 'approved' }, request.type, machineRoute);
    const { transitions, state } = runSteps(steps, machineRoute);
    const timing = placeInTime(rng, {
      clock,
      windowStart,
      substance: request.shape.substance,
      transitions,
      status: state.value,
      level: state.context.level,
    });
    return { ...request, transitions, state, timing };
  });
  lived.sort((a, b) => a.timing.createdAt - b.timing.createdAt);

  const lastNumbers = new Map<string, { prefix: string; fiscalYear: number; lastNo: number }>();
  let resubmittedCount = 0;
  const requests = lived.map(({ unit, type, shape, route, transitions, state, timing }) => {
    const createdAt = clock.isoOf(timing.createdAt, rng.int(0, 59));
    const date = clock.dateOf(timing.createdAt);
    const written = writeRequestContent(shape, unit, { fiscalYear: fiscalYearOf(createdAt), quarter: fiscalQuarter(date) });
    // Named before the revisions are made from it, so a returned request names the same lines in both versions.
    const drawnContent = nameLines ? nameLines(written, unit, shape) : written;
    const versions = transitions.some((t) => t.type === 'RESUBMIT') ? submittedVersions(drawnContent, resubmittedCount++) : null;
    const content = versions?.resubmitted ?? drawnContent;
    const key = `${TRACKING_PREFIX[type]}-${content.fiscalYear}`;
    const counter = lastNumbers.get(key) ?? { prefix: TRACKING_PREFIX[type], fiscalYear: content.fiscalYear, lastNo: 0 };
    counter.lastNo += 1;
    lastNumbers.set(key, counter);
    const actors = people.actorsOf(unit.code);
    return demoRequestRows(
      {
        id: newId(),
        trackingNo: formatTrackingNo(type, content.fiscalYear, counter.lastNo),
        unitCode: unit.code,
        content,
        firstSubmitted: versions?.first ?? null,
        route: transitions.some((t) => t.type === 'SUBMIT') ? route : null,
        state,
        transitions: transitions.map((t, i) => ({
          ...t,
          actorId: actorOf(t, actors, people),
          at: clock.isoOf(timing.eventsAt[i] ?? timing.createdAt, rng.int(0, 59)),
        })),
        createdBy: actors.staffId,
        createdAt,
      },
      newId,
    );
  });
  const counters = [...lastNumbers.values()].map((c) => ({ prefix: c.prefix, fiscal_year: c.fiscalYear, last_no: c.lastNo }));
  return { requests, counters };
}
