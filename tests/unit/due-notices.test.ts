// When the scheduler speaks: past the target (the same test as "overdue" in every list), and past twice the target.
import { describe, expect, it } from 'vitest';
import { dueNotices, earliestUndueEntry, isPastTarget, workingDaysBetween } from '@bmrts/shared';

describe('dueNotices', () => {
  it('sends nothing up to and including the target’s last day', () => {
    expect(dueNotices(0, 3)).toEqual([]);
    expect(dueNotices(3, 3)).toEqual([]);
  });

  it('reminds once the target is passed, and escalates once twice the target is passed', () => {
    expect(dueNotices(4, 3)).toEqual(['reminder']);
    expect(dueNotices(6, 3)).toEqual(['reminder']);
    expect(dueNotices(7, 3)).toEqual(['reminder', 'escalation']);
    expect(dueNotices(2, 1)).toEqual(['reminder']);
    expect(dueNotices(3, 1)).toEqual(['reminder', 'escalation']);
  });

  it('agrees with the overdue flag of the lists', () => {
    for (let days = 0; days < 10; days++) expect(dueNotices(days, 3).includes('reminder')).toBe(isPastTarget(days, 3));
  });
});

describe('earliestUndueEntry', () => {
  it('leaves out only requests that cannot yet be past the smallest target', () => {
    const cutoff = earliestUndueEntry('2026-03-12', 1);
    expect(cutoff).toBe('2026-03-10T17:00:00.000Z'); // 00:00 on 11 March in Bangkok
    const now = '2026-03-12T03:00:00.000Z';
    // Entered just before the cutoff (late on 10 March, Bangkok): two working days by now, past a 1-day target.
    expect(workingDaysBetween('2026-03-10T16:59:00.000Z', now, new Set())).toBe(2);
    // Entered at the cutoff (11 March): at most one day, not past any target of 1 or more.
    expect(workingDaysBetween(cutoff, now, new Set())).toBe(1);
  });
});
