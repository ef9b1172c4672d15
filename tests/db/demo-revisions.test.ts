// The demo seed keeps the content of each submission, as the server does, so resubmitted demo requests show their changes.
import { describe, expect, it } from 'vitest';
import { requestContentOf } from '@bmrts/db';
import { diffRequestContent, requestContentSchema } from '@bmrts/shared';
import { demoDatabase } from './temp-database';

describe('demo seed: revisions', () => {
  it('writes a revision for every SUBMIT and RESUBMIT, and the resubmitted ones differ a little from the first submission', async () => {
    const temp = await demoDatabase();
    try {
      const submissions = await temp.db
        .selectFrom('request_events')
        .select(['request_id', 'seq', 'type', 'at'])
        .where('type', 'in', ['SUBMIT', 'RESUBMIT'])
        .execute();
      const revisions = await temp.db.selectFrom('request_revisions').selectAll().execute();
      const key = (r: { request_id: string; seq?: number; event_seq?: number }) => `${r.request_id}#${r.seq ?? r.event_seq}`;
      expect(revisions.map(key).sort()).toEqual(submissions.map(key).sort());
      const eventAt = new Map(submissions.map((s) => [key(s), s.at]));
      for (const r of revisions) expect(r.at).toBe(eventAt.get(key(r)));

      const requests = new Map((await temp.db.selectFrom('requests').selectAll().execute()).map((r) => [r.id, r]));
      const resubmittedIds = [...new Set(submissions.filter((s) => s.type === 'RESUBMIT').map((s) => s.request_id))];
      expect(resubmittedIds.length).toBeGreaterThan(10);
      let amountsRevised = 0;
      for (const id of resubmittedIds) {
        const own = revisions.filter((r) => r.request_id === id).sort((a, b) => a.event_seq - b.event_seq);
        const first = requestContentSchema.parse(JSON.parse(own[0]?.content ?? 'null'));
        const last = requestContentSchema.parse(JSON.parse(own.at(-1)?.content ?? 'null'));
        const row = requests.get(id);
        if (!row) throw new Error(`request ${id} is missing`);
        expect(last).toEqual(requestContentOf(row));
        const fields = diffRequestContent(first, last).map((c) => c.field);
        expect(fields).toContain('justification');
        if (fields.includes('amountSatang')) amountsRevised++;
      }
      expect(amountsRevised).toBeGreaterThan(0);
      expect(amountsRevised).toBeLessThan(resubmittedIds.length);
    } finally {
      await temp.close();
    }
  });
});
