// The reminder scheduler's state (GET /api/admin/scheduler), read by the administrator's home page warning and the
// administration page; refreshed every minute so a stopped scheduler turns the warning on without a reload.
import { useQuery } from '@tanstack/react-query';
import { call, client } from './api-client';

export function useSchedulerStatus(enabled = true) {
  return useQuery({
    queryKey: ['admin', 'scheduler'],
    queryFn: () => call(client.api.admin.scheduler.$get()),
    refetchInterval: 60_000,
    enabled,
  });
}
