// When things happened in the demo: realistic waits at each level, a season for transfers and floods,
// open requests that arrived at their current level in the last few days, all of it before `now`.
import { DEFAULT_LEVEL_TARGET_DAYS, isFinalStatus, type RequestStatus } from '@bmrts/shared';
import type { Random } from './prng';
import type { RequestSubstance } from './demo-shape';
import type { Transition } from './demo-history';
import type { WorkingClock } from './working-clock';
import { WORKDAY_MINUTES } from './working-clock';

const DAY = WORKDAY_MINUTES;

export interface Timing {
  /** Working-minute ordinals (see WorkingClock): when the request was created, then each event. */
  createdAt: number;
  eventsAt: number[];
}

/** How long a request waited before this step, in working minutes. */
function waitBefore(rng: Random, step: Transition): number {
  const { value, context } = step.from;
  switch (value) {
    case 'draft':
      return rng.int(20, 2 * DAY);
    case 'returned':
      return step.type === 'RESUBMIT' ? rng.int(DAY / 2, 6 * DAY) : rng.int(60, 5 * DAY);
    case 'awaiting_council':
      // The Council sits a few times a month.
      return rng.int(8 * DAY, 35 * DAY);
    default: {
      const target = (DEFAULT_LEVEL_TARGET_DAYS[context.level] ?? 2) * DAY;
      // Most decisions come within the level's target; about one in six is late.
      return rng.chance(0.83) ? rng.int(15, target) : rng.int(target, 2 * target + DAY);
    }
  }
}

/** How long an open request has been waiting where it is now. */
function waitSoFar(rng: Random, status: string, level: number): number {
  if (status === 'awaiting_council') return rng.int(2 * DAY, 20 * DAY);
  if (status !== 'in_review') return rng.int(30, 6 * DAY);
  // Entered the current level 0–8 calendar days ago: some within target, some overdue.
  const target = (DEFAULT_LEVEL_TARGET_DAYS[level] ?? 2) * DAY;
  return rng.chance(0.55) ? rng.int(5, target) : rng.int(target, 6 * DAY);
}

/** Relative weight of a month (1–12) for a request: transfers rush in July–September, floods come September–November. */
function seasonWeight(substance: RequestSubstance, month: number): number {
  switch (substance.type) {
    case 'transfer':
      return month >= 7 && month <= 9 ? 3 : 1;
    case 'central_fund':
      return ['emergency_reserve', 'flood'].includes(substance.details.item) && month >= 9 && month <= 11 ? 4 : 1;
    case 'allotment':
      // Instalments are asked for as each quarter opens.
      return [10, 1, 4, 7].includes(month) ? 1.6 : 1;
  }
}

function seasonalOrdinal(rng: Random, clock: WorkingClock, low: number, high: number, substance: RequestSubstance): number {
  let ordinal = high;
  for (let attempt = 0; attempt < 30; attempt++) {
    ordinal = rng.int(low, high);
    const month = Number(clock.dateOf(ordinal).slice(5, 7));
    if (rng.next() * 4 < seasonWeight(substance, month)) return ordinal;
  }
  return ordinal;
}

export interface TimingInput {
  clock: WorkingClock;
  /** The first working minute a closed request may be created at (the start of the previous fiscal year). */
  windowStart: number;
  substance: RequestSubstance;
  transitions: readonly Transition[];
  /** The machine's state after the last transition (draft when there is none). */
  status: string;
  level: number;
}

export function placeInTime(rng: Random, input: TimingInput): Timing {
  const { clock, windowStart, substance, transitions, status, level } = input;
  const waits = transitions.map((t) => waitBefore(rng, t));
  const span = waits.reduce((sum, wait) => sum + wait, 0);
  const closed = isFinalStatus(status as RequestStatus);
  let createdAt: number;
  if (closed) {
    const latest = clock.nowOrdinal - span - rng.int(30, 3 * DAY);
    createdAt = latest > windowStart ? seasonalOrdinal(rng, clock, windowStart, latest, substance) : latest;
  } else {
    createdAt = clock.nowOrdinal - waitSoFar(rng, status, level) - span;
  }
  const eventsAt: number[] = [];
  let at = createdAt;
  for (const wait of waits) {
    at += wait;
    eventsAt.push(at);
  }
  return { createdAt, eventsAt };
}
