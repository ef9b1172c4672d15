// Webhook endpoints (list, add, change, new secret) and the outbox's delivery log (list, send a failed one again).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookEndpointBody, UpdateWebhookEndpointBody } from '@bmrts/shared';
import { call, client } from '../../../lib/api-client';

const WEBHOOKS_KEY = ['admin', 'webhooks'] as const;
const OUTBOX_KEY = ['admin', 'outbox'] as const;
const webhooks = client.api.admin.webhooks;
const outbox = client.api.admin.outbox;

export function useWebhookEndpoints() {
  return useQuery({ queryKey: WEBHOOKS_KEY, queryFn: () => call(webhooks.$get()) });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
    void queryClient.invalidateQueries({ queryKey: OUTBOX_KEY });
  };
}

export function useAddWebhookEndpoint() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateWebhookEndpointBody) => call(webhooks.$post({ json: body })), onSuccess: invalidate });
}

export function useUpdateWebhookEndpoint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateWebhookEndpointBody }) =>
      call(webhooks[':id'].$patch({ param: { id }, json: body })),
    onSuccess: invalidate,
  });
}

export function useRenewWebhookSecret() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => call(webhooks[':id'].secret.$post({ param: { id } })), onSuccess: invalidate });
}

export interface DeliveryFilter {
  channel: 'email' | 'webhook' | undefined;
  status: 'pending' | 'sent' | 'failed' | 'skipped' | undefined;
}

export function useDeliveries(filter: DeliveryFilter) {
  return useInfiniteQuery({
    queryKey: [...OUTBOX_KEY, filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      call(outbox.$get({ query: { limit: '50', channel: filter.channel, status: filter.status, cursor: pageParam ?? undefined } })),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRetryDelivery() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => call(outbox[':id'].retry.$post({ param: { id } })), onSuccess: invalidate });
}
