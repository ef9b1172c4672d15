// Signing in and out: POST and DELETE /api/session, kept in step with the cached session user.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';
import { SESSION_QUERY_KEY } from '../../lib/session';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => call(client.api.session.$post({ json: body })),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.api.session.$delete()),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
