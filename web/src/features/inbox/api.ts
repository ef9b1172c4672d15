// GET /api/inbox: what waits for the signed-in user, oldest first.
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';

export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: ['inbox'],
    queryFn: () => call(client.api.inbox.$get()),
    enabled,
    refetchInterval: 60_000,
  });
}
