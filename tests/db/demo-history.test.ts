import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database, RequestEventRow, RequestRow } from '@bmrts/db';
import { GENESIS_HASH, verifyHistory } from '@bmrts/db';
import type { RequestEventType } from '@bmrts/shared';
import {
  bangkokDate,
  decide,
  DEFAULT_LEVEL_TARGET_DAYS,
  DEFAULT_ROUTING_RULES,
  initialMachineState,
  isWorkingDay,
  machineEvent,
  REQUEST_EVENT_TYPES,
  requestContentSchema,
  routeRequest,
  routingFactsOf,
  workingDaysBetween,
} from '@bmrts/shared';
import { DEMO_NOW, demoDatabase } from './temp-database';

interface History {
  request: RequestRow;
  events: RequestEventRow[];
}

async function histories(db: Kysely<Database>): Promise<History[]> {
  const requests = await db.selectFrom('requests').selectAll().execute();
  const events = await db.selectFrom('request_events').selectAll().orderBy('request_id').orderBy('seq').execute();
  return requests.map((request) => ({ request, events: events.filter((e) => e.request_id === request.id) }));
}

function eventType(type: string): RequestEventType {
  const known = REQUEST_EVENT_TYPES.find((t) => t === type);
  if (!known) throw new Error(`unknown event type ${type}`);
  return known;
}

describe('demo seed: histories', () => {
  it("chains every request's events by hash from the genesis hash", async () => {
    const temp = await demoDatabase();
    try {
      const verification = await verifyHistory(temp.db);
      expect(verification.broken).toEqual([]);
      expect(verification.requestsChecked).toBeGreaterThan(250);
      const events = await temp.db.selectFrom('request_events').select('id').execute();
      expect(verification.eventsChecked).toBe(events.length);
      const first = await temp.db.selectFrom('request_events').select(['prev_hash']).where('seq', '=', 1).execute();
      expect(first.every((e) => e.prev_hash === GENESIS_HASH)).toBe(true);
    } finally {
      await temp.close();
    }
  });

  it('replays every history through the request machine to the stored state, routed as the content says', async () => {
    const temp = await demoDatabase();
    try {
      const problems: string[] = [];
      for (const { request: r, events } of await histories(temp.db)) {
        const content = requestContentSchema.parse({
          type: r.type,
          fiscalYear: r.fiscal_year,
          title: r.title,
          justification: r.justification,
          amountSatang: r.amount_satang,
          category: r.category,
          details: JSON.parse(r.details),
        });
        const route = routeRequest(routingFactsOf(content), DEFAULT_ROUTING_RULES);
        if (r.submitted_at !== null && (r.final_level !== route.finalLevel || r.rule_id !== route.ruleId || r.council !== route.council)) {
          problems.push(`${r.tracking_no}: routed ${r.rule_id}, content says ${route.ruleId}`);
        }
        let state = initialMachineState();
        for (const e of events) {
          const decision = decide(state, machineEvent(eventType(e.type), e.comment ?? undefined, route));
          if (!decision.ok) {
            problems.push(`${r.tracking_no} #${e.seq} ${e.type}: ${decision.reason}`);
            break;
          }
          const moved = [decision.from.value, decision.from.context.level, decision.state.value, decision.state.context.level];
          if (JSON.stringify(moved) !== JSON.stringify([e.from_status, e.from_level, e.to_status, e.to_level])) {
            problems.push(`${r.tracking_no} #${e.seq}: machine moved ${moved.join(' ')}`);
          }
          state = decision.state;
        }
        expect(JSON.parse(r.machine_state)).toEqual(state);
        if (r.status !== state.value || r.level !== state.context.level) problems.push(`${r.tracking_no}: row says ${r.status}/${r.level}`);
        if (r.version !== 1 + events.length) problems.push(`${r.tracking_no}: version ${r.version} for ${events.length} events`);
      }
      expect(problems).toEqual([]);
    } finally {
      await temp.close();
    }
  });

  it('has each step taken by the person who holds that level for the unit', async () => {
    const temp = await demoDatabase();
    try {
      const db = temp.db;
      const users = new Map((await db.selectFrom('users').selectAll().execute()).map((u) => [u.id, u]));
      const analystOf = new Map((await db.selectFrom('analyst_portfolios').selectAll().execute()).map((p) => [p.unit_code, p.analyst_id]));
      const divisionOf = new Map((await db.selectFrom('org_sections').selectAll().execute()).map((s) => [s.id, s.division_id]));
      const wrong: string[] = [];
      for (const { request: r, events } of await histories(db)) {
        const analyst = users.get(analystOf.get(r.unit_code) ?? '');
        if (users.get(r.created_by)?.unit_code !== r.unit_code) wrong.push(`${r.tracking_no} created by an outsider`);
        for (const e of events) {
          const actor = users.get(e.actor_id);
          const ok = ((): boolean => {
            if (['SUBMIT', 'RESUBMIT', 'WITHDRAW'].includes(e.type)) return actor?.unit_code === r.unit_code;
            if (e.type.startsWith('COUNCIL_')) return actor?.level === 8;
            if (e.from_level === 2) return actor?.id === analyst?.id;
            if (e.from_level === 3) return actor?.level === 3 && actor.section_id === analyst?.section_id;
            if (e.from_level === 4) return actor?.level === 4 && actor.division_id === divisionOf.get(analyst?.section_id ?? '');
            return actor?.level === e.from_level;
          })();
          if (!ok) wrong.push(`${r.tracking_no} #${e.seq} ${e.type} at level ${e.from_level} by ${actor?.username}`);
          if (['RETURN', 'SEND_BACK', 'REJECT', 'COUNCIL_REJECT'].includes(e.type) && !e.comment)
            wrong.push(`${r.tracking_no} #${e.seq} has no comment`);
        }
      }
      expect(wrong).toEqual([]);
    } finally {
      await temp.close();
    }
  });

  it('dates every step in office hours on working days, in order and before now', async () => {
    const temp = await demoDatabase();
    try {
      const holidays = new Set((await temp.db.selectFrom('public_holidays').select('date').execute()).map((h) => h.date));
      const nowIso = DEMO_NOW.toISOString();
      const problems: string[] = [];
      for (const { request: r, events } of await histories(temp.db)) {
        const times = [r.created_at, ...events.map((e) => e.at)];
        times.forEach((at, i) => {
          const clock = new Date(Date.parse(at) + 7 * 3600_000).toISOString().slice(11, 16);
          if (!isWorkingDay(bangkokDate(at), holidays) || clock < '08:30' || clock > '16:30')
            problems.push(`${r.tracking_no}: ${at} out of hours`);
          if (at >= nowIso || (i > 0 && at <= (times[i - 1] ?? ''))) problems.push(`${r.tracking_no}: ${at} out of order`);
        });
        const last = events.at(-1);
        const expected = {
          updated_at: last?.at ?? r.created_at,
          submitted_at: events.find((e) => e.type === 'SUBMIT')?.at ?? null,
          level_entered_at: last?.at ?? r.created_at,
          decided_at: ['approved', 'rejected', 'withdrawn'].includes(r.status) ? (last?.at ?? null) : null,
        };
        const actual = {
          updated_at: r.updated_at,
          submitted_at: r.submitted_at,
          level_entered_at: r.level_entered_at,
          decided_at: r.decided_at,
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${r.tracking_no}: timestamps ${JSON.stringify(actual)}`);
      }
      expect(problems).toEqual([]);
    } finally {
      await temp.close();
    }
  });

  it('has open requests that arrived at their level within the last eight days, some of them overdue', async () => {
    const temp = await demoDatabase();
    try {
      const holidays = new Set((await temp.db.selectFrom('public_holidays').select('date').execute()).map((h) => h.date));
      const waiting = await temp.db
        .selectFrom('requests')
        .select(['level', 'level_entered_at'])
        .where('status', '=', 'in_review')
        .execute();
      const nowIso = DEMO_NOW.toISOString();
      const days = waiting.map((r) => ({
        target: DEFAULT_LEVEL_TARGET_DAYS[r.level] ?? 0,
        worked: workingDaysBetween(r.level_entered_at, nowIso, holidays),
      }));
      expect(waiting.every((r) => Date.parse(nowIso) - Date.parse(r.level_entered_at) <= 9 * 86_400_000)).toBe(true);
      const overdue = days.filter((d) => d.worked > d.target).length;
      expect(overdue).toBeGreaterThan(0);
      expect(overdue).toBeLessThan(waiting.length);
    } finally {
      await temp.close();
    }
  });
});
