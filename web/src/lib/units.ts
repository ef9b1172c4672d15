// The budget units (code and name in both languages), read once an hour: the request list's filters, the survey
// invitation and the budget reports name units from it.
import { useQuery } from '@tanstack/react-query';
import { call, client } from './api-client';

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: () => call(client.api.units.$get()), staleTime: 60 * 60_000 });
}
