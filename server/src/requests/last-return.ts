// The return or send-back that put a request where it is now, read from its history: the first thing its page shows.
import type { HistoryEntry, LastReturn } from '@bmrts/shared';

/**
 * The latest event, when it was a RETURN (to the unit) or a SEND_BACK (to a lower level): the request still stands where
 * that event put it. Any later event (a resubmission, an approval at the lower level) means it has moved on: null.
 */
export function lastReturnOf(history: readonly HistoryEntry[]): LastReturn {
  const last = history.at(-1);
  if (!last || (last.type !== 'RETURN' && last.type !== 'SEND_BACK')) return null;
  return {
    type: last.type,
    by: last.actor,
    onBehalfOf: last.onBehalfOf,
    level: last.fromLevel,
    toLevel: last.toLevel,
    // Both events require a comment (COMMENT_REQUIRED); an imported or legacy row without one still reads as empty text.
    comment: last.comment ?? '',
    at: last.at,
  };
}
