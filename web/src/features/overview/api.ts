// GET /api/overview: the oversight dashboard's figures (levels 4–8 and administrators).
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';

export function useOverview(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['overview', fiscalYear ?? 'current'],
    queryFn: () => call(client.api.overview.$get({ query: { fiscalYear: fiscalYear === undefined ? undefined : String(fiscalYear) } })),
    refetchInterval: 5 * 60_000, // the figures move slowly, and the waiting set is counted whole each time
  });
}
