// The demo's budget lines (issue 16): every unit has lines in both fiscal years, every demo request names lines that fit
// it, the approved ones moved the money without taking any line below zero, verify-ledger passes, and one request waits
// at its final level on a line too small for it, so the refusal can be shown.
import { describe, expect, it } from 'vitest';
import { requestContentOf, verifyLedger } from '@bmrts/db';
import { claimsOf, namesAllLines, remainingOf, type LineTotals } from '@bmrts/shared';
import { demoDatabase } from './temp-database';

describe('demo seed: budget lines and ledger', () => {
  it('seeds lines for every unit and central-fund item in both years, claims for every request naming lines, none below zero, one request short', async () => {
    const temp = await demoDatabase();
    try {
      const db = temp.db;
      const lines = await db.selectFrom('budget_lines').selectAll().execute();
      const units = await db.selectFrom('budget_units').select('code').where('active', '=', 1).execute();
      expect(new Set(lines.map((l) => l.fiscal_year))).toEqual(new Set([2569, 2570]));
      for (const year of [2569, 2570]) {
        const ofYear = lines.filter((l) => l.fiscal_year === year);
        expect(new Set(ofYear.filter((l) => l.kind === 'unit').map((l) => l.unit_code))).toEqual(new Set(units.map((u) => u.code)));
        expect(ofYear.filter((l) => l.kind === 'central')).toHaveLength(7);
        expect(new Set(ofYear.map((l) => l.code)).size).toBe(ofYear.length);
      }

      const totalsOf = (l: (typeof lines)[number]): LineTotals => ({
        appropriationSatang: Number(l.appropriation_satang),
        allottedSatang: Number(l.allotted_satang),
        transferInSatang: Number(l.transfer_in_satang),
        transferOutSatang: Number(l.transfer_out_satang),
        centralInSatang: Number(l.central_in_satang),
        centralOutSatang: Number(l.central_out_satang),
      });
      const byId = new Map(lines.map((l) => [l.id, l]));
      for (const l of lines) expect(remainingOf(totalsOf(l)), `${l.code} ${l.fiscal_year}`).toBeGreaterThanOrEqual(0);
      // Not only at the end: each line's approved draws alone fit in its appropriation, so no order of them went below zero.
      const draws = await db
        .selectFrom('budget_ledger')
        .select(['line_id', 'amount_satang'])
        .where('kind', 'in', ['allotment', 'transfer_out', 'central_out'])
        .execute();
      const drawn = new Map<string, number>();
      for (const d of draws) drawn.set(d.line_id, (drawn.get(d.line_id) ?? 0) + Number(d.amount_satang));
      for (const [lineId, sum] of drawn) expect(sum).toBeLessThanOrEqual(Number(byId.get(lineId)?.appropriation_satang));

      // Every request's claims are what its content names (the server's rule), in its own year and unit where it draws.
      const requests = await db.selectFrom('requests').selectAll().execute();
      const claims = await db.selectFrom('request_line_claims').selectAll().execute();
      const claimsBy = new Map<string, string[]>();
      for (const c of claims)
        claimsBy.set(c.request_id, [...(claimsBy.get(c.request_id) ?? []), `${c.line_id}|${c.role}|${Number(c.amount_satang)}`]);
      const unchecked: string[] = [];
      for (const r of requests) {
        const content = requestContentOf(r);
        const expected = claimsOf(content).map((c) => `${c.lineId}|${c.role}|${c.amountSatang}`);
        expect((claimsBy.get(r.id) ?? []).sort(), r.tracking_no).toEqual(expected.sort());
        if (!namesAllLines(content)) unchecked.push(r.tracking_no);
        for (const c of claimsOf(content)) {
          const line = byId.get(c.lineId);
          expect(line?.fiscal_year, r.tracking_no).toBe(content.fiscalYear);
          // A unit draws on its own lines; only a transfer between units pays into another unit's.
          if (c.role === 'draw' && line?.kind === 'unit') expect(line.unit_code, r.tracking_no).toBe(r.unit_code);
          if (content.type === 'central_fund' && c.role === 'draw') expect(line?.central_item).toBe(content.details.item);
          if (content.type === 'allotment') expect(line?.category).toBe(content.category);
        }
      }
      // Every demo request names every line it moves money on: none is "not checked".
      expect(unchecked).toEqual([]);

      // At least one request waits at its final level (one whose approval makes it final) with a line too small for it.
      const waiting = requests.filter((r) => r.status === 'in_review' && r.level === r.final_level && r.council !== 'approve');
      const short = waiting.filter((r) =>
        claims.some((c) => {
          const line = byId.get(c.line_id);
          return c.request_id === r.id && c.role === 'draw' && line !== undefined && remainingOf(totalsOf(line)) < Number(c.amount_satang);
        }),
      );
      expect(short.length).toBeGreaterThanOrEqual(1);

      expect(await verifyLedger(db)).toEqual({ ok: true, lines: lines.length, entries: expect.any(Number) as number });
    } finally {
      await temp.close();
    }
  });
});
