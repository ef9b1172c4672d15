// GET /api/notifications (polled every minute) and POST /api/notifications/read.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { MarkNotificationsReadBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

const NOTIFICATIONS_KEY = ['notifications'] as const;
const PAGE_SIZE = 20;
export const POLL_MS = 60_000;

export function useNotifications() {
  return useInfiniteQuery({
    queryKey: NOTIFICATIONS_KEY,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      call(client.api.notifications.$get({ query: { limit: String(PAGE_SIZE), cursor: pageParam ?? undefined } })),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    refetchInterval: POLL_MS,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) => call(client.api.notifications.read.$post({ json: body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
