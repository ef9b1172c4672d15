// Whether a request has waited longer than its level's target (DOMAIN.md §5): the server decides, with the targets
// administrators set (per request type where they wish); the web only shows what each row carries.
import type { RequestSummary } from '@bmrts/shared';

/** Only a request the Office holds runs the clock; the server leaves a returned or draft one unflagged. */
export function isOverdue(request: Pick<RequestSummary, 'overdue'>): boolean {
  return request.overdue;
}
