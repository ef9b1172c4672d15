// A figure's link: the request list filtered by the query the figure was counted with (shared oversightLinks).
import type { ListLinkQuery } from '@bmrts/shared';

export function listHref(query: ListLinkQuery): string {
  return `/requests?${new URLSearchParams(query).toString()}`;
}
