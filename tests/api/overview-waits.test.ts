// The dashboard's working days, counted once per arrival day by adding spans, equal workingDaysBetween request by request.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVEL_TARGETS, workingDaysBetween } from '@bmrts/shared';
import { measureGroups } from '../../server/src/overview/figures';
import type { WaitingGroup } from '../../server/src/overview/queries';

describe('working days of the waiting set', () => {
  it('match workingDaysBetween for every arrival day of the last four months, holidays and weekends included', () => {
    const holidays = new Set(['2025-12-05', '2025-12-10', '2025-12-31', '2026-01-01', '2026-01-02', '2026-03-03']);
    const now = new Date('2026-03-09T03:00:00.000Z');
    const groups: WaitingGroup[] = [];
    for (let d = 0; d < 130; d++) {
      const arrivedOn = new Date(Date.parse('2026-03-09T00:00:00.000Z') - d * 86_400_000).toISOString().slice(0, 10);
      groups.push({ status: 'in_review', level: 2, type: 'allotment', unitCode: 'K01', arrivedOn, count: 1 });
    }
    const measured = measureGroups([...groups].reverse(), now, holidays, DEFAULT_LEVEL_TARGETS);
    for (const g of measured) {
      expect(g.workingDays, g.arrivedOn).toBe(workingDaysBetween(`${g.arrivedOn}T12:00:00.000+07:00`, now.toISOString(), holidays));
      expect(g.overdue, g.arrivedOn).toBe(g.workingDays > 3);
    }
  });
});
