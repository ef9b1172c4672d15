// What the reader has just done to a request (submitted, resubmitted, decided), carried in the router's state to the
// request page it leads to, which opens at its top with a confirmation of it.
import { useNavigate } from 'react-router';
import type { RequestEventType } from '@bmrts/shared';

export interface JustDone {
  type: RequestEventType;
  requestId: string;
  trackingNo: string;
  /** The version the event produced: the confirmation waits for the page to show it. */
  version: number;
}

export function justDoneOf(state: unknown): JustDone | null {
  if (typeof state !== 'object' || state === null || !('justDone' in state)) return null;
  const done = state.justDone;
  if (typeof done !== 'object' || done === null) return null;
  return 'type' in done && 'requestId' in done && 'trackingNo' in done && 'version' in done ? (done as JustDone) : null;
}

/** Opens a request page at its top with the confirmation of what was just done (the same page, or the next item). */
export function useOpenWithConfirmation() {
  const navigate = useNavigate();
  return (requestId: string, done: JustDone, options: { replace: boolean }) => {
    void navigate(`/requests/${requestId}`, { replace: options.replace, state: { justDone: done } });
    window.scrollTo({ top: 0 });
  };
}
