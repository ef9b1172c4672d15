// Where each of the eight levels (and the council step) stands for one request, for the stepper to draw.
import { LEVELS } from '@bmrts/shared';
import type { RequestView } from '@bmrts/shared';

export type StepState = 'done' | 'current' | 'upcoming' | 'skipped' | 'ended';

export interface Step {
  level: number;
  state: StepState;
  isFinal: boolean;
}

function levelState(view: RequestView, level: number): StepState {
  const final = view.finalLevel;
  if (final !== null && level > final) return 'skipped';
  // Held by a level (its unit's while draft or returned): the levels below it are done, it is current.
  const held = view.position.heldAtLevel;
  if (held !== null) return level < held ? 'done' : level === held ? 'current' : 'upcoming';
  // At the Council or approved, every level on the way was passed; rejected or withdrawn, it ended where it stood.
  if (view.position.holder === 'council' || view.status === 'approved') return 'done';
  return level < view.level ? 'done' : level === view.level ? 'ended' : 'upcoming';
}

export function stepsOf(view: RequestView): Step[] {
  return LEVELS.map((level) => ({ level, state: levelState(view, level), isFinal: view.finalLevel === level }));
}

export function councilState(view: RequestView): StepState {
  if (view.council === 'report') return 'upcoming'; // reported at year end, never awaited
  if (view.position.holder === 'council') return 'current';
  if (view.status === 'approved') return 'done';
  // Rejected or withdrawn at council: the last history entry left awaiting_council.
  const last = view.history.at(-1);
  if (last && last.fromStatus === 'awaiting_council') return 'ended';
  return 'upcoming';
}
