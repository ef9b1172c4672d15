// The routing table: read it, and replace the whole ordered table in one save.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { RoutingRule } from './types';

const RULES_KEY = ['admin', 'routing-rules'] as const;
const routingRules = client.api.admin['routing-rules'];

export function useAdminRoutingRules() {
  return useQuery({ queryKey: RULES_KEY, queryFn: () => call(routingRules.$get()) });
}

export function useSaveRoutingRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: RoutingRule[]) => call(routingRules.$put({ json: { rules } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: RULES_KEY });
      void queryClient.invalidateQueries({ queryKey: ['routing-rules'] }); // the request form's preview
    },
  });
}
