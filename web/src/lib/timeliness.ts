// Whether a request has waited longer than its level's target (DOMAIN.md §5).
import { DEFAULT_LEVEL_TARGET_DAYS } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';

export function targetDaysAt(level: number): number | null {
  return DEFAULT_LEVEL_TARGET_DAYS[level] ?? null;
}

/** Only a request under review runs the Office's clock; a returned or draft one does not. */
export function isOverdue(request: Pick<RequestSummary, 'status' | 'level' | 'workingDaysAtLevel'>): boolean {
  const target = targetDaysAt(request.level);
  return request.status === 'in_review' && target !== null && request.workingDaysAtLevel > target;
}
