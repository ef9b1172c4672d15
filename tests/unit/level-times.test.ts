// Time at each level (DOMAIN.md §5): working days per level over every visit, the unit's time at level 1, targets.
import { describe, expect, it } from 'vitest';
import { levelTimes, type LevelMove, type RequestStatus } from '@bmrts/shared';

/** An instant in Bangkok time (UTC+7), "2026-02-27 18:00" → ISO UTC. */
const bkk = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
const NO_HOLIDAYS: ReadonlySet<string> = new Set();
/** Makha Bucha 2569 falls on Tuesday 3 March 2026. */
const MAKHA_BUCHA = new Set(['2026-03-03']);

function move(at: string, from: [RequestStatus, number], to: [RequestStatus, number]): LevelMove {
  return { at: bkk(at), fromStatus: from[0], fromLevel: from[1], toStatus: to[0], toLevel: to[1] };
}
const submit = (at: string) => move(at, ['draft', 1], ['in_review', 2]);
const approve = (at: string, level: number) => move(at, ['in_review', level], ['in_review', level + 1]);

describe('levelTimes', () => {
  it('shows a fresh draft at level 1 with no target', () => {
    expect(levelTimes({ createdAt: bkk('2026-03-02 09:00'), history: [], now: bkk('2026-03-02 10:00'), holidays: NO_HOLIDAYS })).toEqual([
      { level: 1, workingDays: 0, current: true, targetDays: null, overTarget: false },
    ]);
  });

  it('counts one working day from Friday evening to Monday', () => {
    const times = levelTimes({
      createdAt: bkk('2026-02-27 09:00'),
      history: [submit('2026-02-27 18:00')],
      now: bkk('2026-03-02 10:00'),
      holidays: NO_HOLIDAYS,
    });
    expect(times).toEqual([
      { level: 1, workingDays: 0, current: false, targetDays: null, overTarget: false },
      { level: 2, workingDays: 1, current: true, targetDays: 3, overTarget: false },
    ]);
  });

  it('does not count a public holiday', () => {
    const input = { createdAt: bkk('2026-03-02 09:00'), history: [submit('2026-03-02 10:00')], now: bkk('2026-03-04 10:00') };
    expect(levelTimes({ ...input, holidays: NO_HOLIDAYS }).find((t) => t.level === 2)?.workingDays).toBe(2);
    expect(levelTimes({ ...input, holidays: MAKHA_BUCHA }).find((t) => t.level === 2)?.workingDays).toBe(1);
  });

  it('adds a second visit at level 2 after a return and resubmission, and stops the Office clock while returned', () => {
    const history = [
      submit('2026-02-02 10:00'), // Monday
      move('2026-02-05 10:00', ['in_review', 2], ['returned', 1]), // Thursday: 3 days at level 2
      move('2026-02-09 10:00', ['returned', 1], ['in_review', 2]), // Monday: 2 days with the unit
      approve('2026-02-11 10:00', 2), // Wednesday: 2 more days at level 2
    ];
    const times = levelTimes({ createdAt: bkk('2026-01-30 10:00'), history, now: bkk('2026-02-12 10:00'), holidays: NO_HOLIDAYS });
    expect(times).toEqual([
      { level: 1, workingDays: 1 + 2, current: false, targetDays: null, overTarget: false },
      { level: 2, workingDays: 3 + 2, current: false, targetDays: 3, overTarget: true },
      { level: 3, workingDays: 1, current: true, targetDays: 1, overTarget: false },
    ]);
  });

  it('counts both visits at a level when a request is sent back to it', () => {
    const history = [
      submit('2026-02-02 10:00'),
      approve('2026-02-03 10:00', 2),
      approve('2026-02-04 10:00', 3),
      move('2026-02-05 10:00', ['in_review', 4], ['in_review', 3]), // director sends back to the section head
      approve('2026-02-09 10:00', 3), // two working days later
    ];
    const times = levelTimes({ createdAt: bkk('2026-02-02 09:00'), history, now: bkk('2026-02-10 10:00'), holidays: NO_HOLIDAYS });
    expect(times.map((t) => [t.level, t.workingDays, t.current, t.overTarget])).toEqual([
      [1, 0, false, false],
      [2, 1, false, false],
      [3, 1 + 2, false, true],
      [4, 1 + 1, true, true],
    ]);
  });

  it('stops every clock once the request is decided, and does not count the time awaiting the Council against level 8', () => {
    const decided = levelTimes({
      createdAt: bkk('2026-02-02 09:00'),
      history: [submit('2026-02-02 10:00'), move('2026-02-03 10:00', ['in_review', 2], ['rejected', 2])],
      now: bkk('2026-06-01 10:00'),
      holidays: NO_HOLIDAYS,
    });
    expect(decided).toEqual([
      { level: 1, workingDays: 0, current: false, targetDays: null, overTarget: false },
      { level: 2, workingDays: 1, current: false, targetDays: 3, overTarget: false },
    ]);

    const atCouncil = levelTimes({
      createdAt: bkk('2026-02-02 09:00'),
      history: [
        move('2026-02-02 10:00', ['draft', 1], ['in_review', 8]), // as if routed straight up, to keep the example short
        move('2026-02-03 10:00', ['in_review', 8], ['awaiting_council', 8]),
      ],
      now: bkk('2026-06-01 10:00'),
      holidays: NO_HOLIDAYS,
    });
    expect(atCouncil.find((t) => t.level === 8)).toEqual({ level: 8, workingDays: 1, current: false, targetDays: 3, overTarget: false });
  });
});
