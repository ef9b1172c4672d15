// The home page's server calls: the reviewer's inbox, the unit's requests by status, and bulk approval.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkEventBody, RequestStatus } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

/** Rows per inbox page; every page carries the counts of the whole inbox. */
const INBOX_PAGE_SIZE = 50;

export function useInbox(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['inbox'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => call(client.api.inbox.$get({ query: { limit: String(INBOX_PAGE_SIZE), cursor: pageParam ?? undefined } })),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled,
    refetchInterval: 60_000,
  });
}

/** One status of the unit's own requests, newest first (the server limits a unit user to its unit). */
export function useRequestsWithStatus(status: RequestStatus, limit: number) {
  return useQuery({
    queryKey: ['requests', 'home', status, limit],
    queryFn: () => call(client.api.requests.$get({ query: { status, limit: String(limit) } })),
  });
}

export function useBulkEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkEventBody) => call(client.api.requests['bulk-events'].$post({ json: body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
      void queryClient.invalidateQueries({ queryKey: ['request'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
