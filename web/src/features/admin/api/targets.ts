// The level targets: read them and replace them as a whole (office default plus per-type overrides).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LevelTargetsBody } from '@bmrts/shared';
import { call, client } from '../../../lib/api-client';

const TARGETS_KEY = ['admin', 'level-targets'] as const;
const levelTargets = client.api.admin['level-targets'];

export function useAdminLevelTargets() {
  return useQuery({ queryKey: TARGETS_KEY, queryFn: () => call(levelTargets.$get()) });
}

export function useSaveLevelTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LevelTargetsBody) => call(levelTargets.$put({ json: body })),
    onSuccess: () => {
      // Everything: the targets themselves, and lists and request pages carrying overdue flags worked out with them.
      void queryClient.invalidateQueries();
    },
  });
}
