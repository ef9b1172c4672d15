// A one-line confirmation carried to the page a navigation leads to (say, back to the inbox when nothing waits any more),
// shown at its top as a status the screen reader announces.
import { useLocation } from 'react-router';

export function routeNoticeState(text: string): { routeNotice: string } {
  return { routeNotice: text };
}

function routeNoticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'routeNotice' in state && typeof state.routeNotice === 'string'
    ? state.routeNotice
    : null;
}

export function RouteNotice() {
  const location = useLocation();
  const text = routeNoticeOf(location.state);
  return text ? (
    <p className="notice notice-success" role="status" data-testid="route-notice">
      {text}
    </p>
  ) : null;
}
