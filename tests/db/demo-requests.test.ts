import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_RULES, REQUEST_STATUSES, REVIEW_LEVELS } from '@bmrts/shared';
import { demoDatabase, seededDemoDatabase } from './temp-database';

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('demo seed: requests', () => {
  it('writes about 300 requests over all units: 60 % allotments, 30 % transfers, 10 % central fund', async () => {
    const temp = await demoDatabase();
    try {
      const requests = await temp.db.selectFrom('requests').selectAll().execute();
      expect(requests).toHaveLength(300);
      expect(tally(requests, (r) => r.type)).toEqual({ allotment: 180, transfer: 90, central_fund: 30 });
      const units = await temp.db.selectFrom('budget_units').select('code').execute();
      expect(new Set(requests.map((r) => r.unit_code)).size).toBe(units.length);
      expect(new Set(requests.map((r) => r.fiscal_year))).toEqual(new Set([2569, 2570]));
    } finally {
      await temp.close();
    }
  });

  it('uses every routing rule and puts requests in every status, waiting at every review level', async () => {
    const temp = await demoDatabase();
    try {
      const requests = await temp.db.selectFrom('requests').selectAll().execute();
      const rules = new Set(requests.map((r) => r.rule_id));
      expect(DEFAULT_ROUTING_RULES.filter((rule) => !rules.has(rule.id)).map((rule) => rule.id)).toEqual([]);

      const statuses = tally(requests, (r) => r.status);
      expect(Object.keys(statuses).sort()).toEqual([...REQUEST_STATUSES].sort());
      expect(statuses['approved']).toBeGreaterThan(requests.length / 2);
      for (const level of REVIEW_LEVELS) {
        expect(
          requests.filter((r) => r.status === 'in_review' && r.level === level).length,
          `in review at level ${level}`,
        ).toBeGreaterThanOrEqual(3);
      }
      // Drafts were never routed; everything submitted carries its rule and reason.
      for (const r of requests) {
        const submitted = r.submitted_at !== null;
        expect([r.final_level !== null, r.rule_id !== null, r.route_reason_th !== null]).toEqual([submitted, submitted, submitted]);
      }
    } finally {
      await temp.close();
    }
  });

  it('returns 15–25 % of submitted requests once at level 2 for revision', async () => {
    const temp = await demoDatabase();
    try {
      const submitted = await temp.db.selectFrom('requests').select('id').where('submitted_at', 'is not', null).execute();
      const returns = await temp.db
        .selectFrom('request_events')
        .select(['request_id', 'from_level'])
        .where('type', '=', 'RETURN')
        .execute();
      expect(returns.every((r) => r.from_level >= 2)).toBe(true);
      const returnedAt2 = new Set(returns.filter((r) => r.from_level === 2).map((r) => r.request_id));
      const share = returnedAt2.size / submitted.length;
      expect(share).toBeGreaterThanOrEqual(0.15);
      expect(share).toBeLessThanOrEqual(0.25);
    } finally {
      await temp.close();
    }
  });

  it('keeps transfer lines balanced and amounts in whole satang', async () => {
    const temp = await demoDatabase();
    try {
      const requests = await temp.db.selectFrom('requests').selectAll().execute();
      for (const r of requests) {
        expect(Number.isSafeInteger(r.amount_satang)).toBe(true);
        const details: unknown = JSON.parse(r.details);
        if (
          r.type !== 'transfer' ||
          typeof details !== 'object' ||
          details === null ||
          !('lines' in details) ||
          !Array.isArray(details.lines)
        )
          continue;
        const lines: { amountSatang: number }[] = details.lines;
        expect(lines.reduce((sum, line) => sum + line.amountSatang, 0)).toBe(r.amount_satang);
      }
    } finally {
      await temp.close();
    }
  });

  it('numbers requests uniquely per type and fiscal year, with the counters at the last number used', async () => {
    const temp = await demoDatabase();
    try {
      const requests = await temp.db.selectFrom('requests').select(['tracking_no', 'type', 'fiscal_year']).execute();
      expect(new Set(requests.map((r) => r.tracking_no)).size).toBe(requests.length);
      const highest = new Map<string, number>();
      for (const r of requests) {
        const match = /^(ALT|TRF|CF)-(\d{4})-(\d{6})$/.exec(r.tracking_no);
        expect(match, r.tracking_no).not.toBeNull();
        const [, prefix = '', year = '', number = '0'] = match ?? [];
        expect({ prefix, year: Number(year) }).toEqual({
          prefix: { allotment: 'ALT', transfer: 'TRF', central_fund: 'CF' }[r.type],
          year: r.fiscal_year,
        });
        const key = `${prefix}-${year}`;
        highest.set(key, Math.max(highest.get(key) ?? 0, Number(number)));
      }
      const counters = await temp.db.selectFrom('tracking_counters').selectAll().execute();
      expect(new Map(counters.map((c) => [`${c.prefix}-${c.fiscal_year}`, c.last_no]))).toEqual(highest);
      // Running numbers have no gaps: the counter equals the number of requests with that prefix and year.
      for (const c of counters) {
        expect(requests.filter((r) => r.tracking_no.startsWith(`${c.prefix}-${c.fiscal_year}-`))).toHaveLength(c.last_no);
      }
    } finally {
      await temp.close();
    }
  });

  it("fills analyst1's inbox with level-2 requests from its portfolio, some of them unit1's", async () => {
    const temp = await demoDatabase();
    try {
      const inbox = await temp.db
        .selectFrom('requests')
        .innerJoin('analyst_portfolios', 'analyst_portfolios.unit_code', 'requests.unit_code')
        .innerJoin('users', 'users.id', 'analyst_portfolios.analyst_id')
        .select(['requests.unit_code'])
        .where('users.username', '=', 'analyst1')
        .where('requests.status', '=', 'in_review')
        .where('requests.level', '=', 2)
        .execute();
      expect(inbox.length).toBeGreaterThanOrEqual(5);
      expect(inbox.filter((r) => r.unit_code === 'K01').length).toBeGreaterThanOrEqual(1);
    } finally {
      await temp.close();
    }
  });

  it('comes out the same every time for the same moment', async () => {
    // Both seeded here, not copies of one seed.
    const first = await seededDemoDatabase();
    const second = await seededDemoDatabase();
    try {
      const summary = (db: typeof first.db) =>
        db
          .selectFrom('requests')
          .select(['tracking_no', 'unit_code', 'title', 'amount_satang', 'status', 'level', 'created_at', 'level_entered_at'])
          .orderBy('tracking_no')
          .execute();
      expect(await summary(second.db)).toEqual(await summary(first.db));
    } finally {
      await first.close();
      await second.close();
    }
  });
});
