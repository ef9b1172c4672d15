// GET /api/overview: counts by type and status, waits per level and the overdue list (levels 4–8 and administrators).
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';

export function useOverview(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['overview', fiscalYear ?? 'all'],
    queryFn: () => call(client.api.overview.$get({ query: { fiscalYear: fiscalYear === undefined ? undefined : String(fiscalYear) } })),
    refetchInterval: 60_000,
  });
}
