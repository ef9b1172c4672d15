// Request statuses and the events that move a request between them (DOMAIN.md §4).
export const REQUEST_STATUSES = ['draft', 'in_review', 'returned', 'awaiting_council', 'approved', 'rejected', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

// Which statuses are final, open, with the unit, at the Council…: the named groups live in position/status-groups.ts,
// read off the machine's states.

export const REQUEST_EVENT_TYPES = [
  'SUBMIT',
  'APPROVE',
  'RETURN',
  'SEND_BACK',
  'REJECT',
  'WITHDRAW',
  'RESUBMIT',
  'COUNCIL_APPROVE',
  'COUNCIL_REJECT',
] as const;
export type RequestEventType = (typeof REQUEST_EVENT_TYPES)[number];

/**
 * What a request's history may hold: every workflow event, and IMPORTED, which records that the request came from a
 * spreadsheet (who imported it and from which file) and is never something a person can send.
 */
export const HISTORY_EVENT_TYPES = [...REQUEST_EVENT_TYPES, 'IMPORTED'] as const;
export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];

/**
 * The decisions a reviewer may take on many requests at once (POST /api/requests/bulk-events); sending back and the
 * Council's decisions stay one by one. A request may go in a bulk decision only in a state that takes every one of
 * them: `position.bulkDecidable`, read off the machine.
 */
export const BULK_EVENT_TYPES = ['APPROVE', 'RETURN', 'REJECT'] as const satisfies readonly RequestEventType[];
export type BulkEventType = (typeof BULK_EVENT_TYPES)[number];

/**
 * The decisions a reviewer or the Council takes on a request (not the unit's submitting or withdrawing): the history
 * shows, for each, the balances the person deciding had before them (issue 16, `seen`).
 */
export const DECISION_EVENT_TYPES = [
  'APPROVE',
  'RETURN',
  'SEND_BACK',
  'REJECT',
  'COUNCIL_APPROVE',
  'COUNCIL_REJECT',
] as const satisfies readonly RequestEventType[];

/** Events that must carry a comment saying why. */
export const COMMENT_REQUIRED: readonly RequestEventType[] = ['RETURN', 'SEND_BACK', 'REJECT', 'COUNCIL_REJECT'];

export const COUNCIL_MODES = ['none', 'approve', 'report'] as const;
export type CouncilMode = (typeof COUNCIL_MODES)[number];
