// The demo gives the year-end report to the Council something to show for the fiscal year that last ended.
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearSpanUtc } from '@bmrts/shared';
import { DEMO_NOW, demoDatabase } from './temp-database';

describe('demo seed: the Council report', () => {
  it('holds central-fund decisions of both reporting rules and requests that reached the Council in the last complete year', async () => {
    const temp = await demoDatabase();
    try {
      const { start, end } = fiscalYearSpanUtc(fiscalYearOf(DEMO_NOW) - 1);
      const decided = await temp.db
        .selectFrom('requests')
        .innerJoin('request_events', 'request_events.request_id', 'requests.id')
        .select(['requests.rule_id', 'request_events.to_status'])
        .where('requests.type', '=', 'central_fund')
        .where('requests.council', '=', 'report')
        .where('request_events.to_status', 'in', ['approved', 'rejected'])
        .where('request_events.at', '>=', start)
        .where('request_events.at', '<', end)
        .execute();
      expect(new Set(decided.map((r) => r.rule_id))).toEqual(new Set(['C1', 'C2']));
      const atCouncil = await temp.db
        .selectFrom('request_events')
        .select('request_id')
        .where('to_status', '=', 'awaiting_council')
        .where('at', '>=', start)
        .where('at', '<', end)
        .execute();
      expect(atCouncil.length).toBeGreaterThanOrEqual(3);
    } finally {
      await temp.close();
    }
  });
});
