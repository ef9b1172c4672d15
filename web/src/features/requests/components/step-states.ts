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
  switch (view.status) {
    case 'approved':
    case 'awaiting_council':
      return 'done';
    case 'rejected':
    case 'withdrawn':
      if (level < view.level) return 'done';
      return level === view.level ? 'ended' : 'upcoming';
    case 'draft':
    case 'returned':
    case 'in_review':
      if (level < view.level) return 'done';
      return level === view.level ? 'current' : 'upcoming';
  }
}

export function stepsOf(view: RequestView): Step[] {
  return LEVELS.map((level) => ({ level, state: levelState(view, level), isFinal: view.finalLevel === level }));
}

export function councilState(view: RequestView): StepState {
  if (view.council === 'report') return 'upcoming'; // reported at year end, never awaited
  if (view.status === 'awaiting_council') return 'current';
  if (view.status === 'approved') return 'done';
  // Rejected or withdrawn at council: the last history entry left awaiting_council.
  const last = view.history.at(-1);
  if (last && last.fromStatus === 'awaiting_council') return 'ended';
  return 'upcoming';
}
