// GET and PUT /api/me/contact: the signed-in person's own contact details (their office extension).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateContactDetailsBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

const CONTACT_KEY = ['me', 'contact'] as const;
const contact = client.api.me.contact;

export function useContactDetails() {
  return useQuery({ queryKey: CONTACT_KEY, queryFn: () => call(contact.$get()) });
}

export function useSaveContactDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContactDetailsBody) => call(contact.$put({ json: body })),
    onSuccess: (saved) => queryClient.setQueryData(CONTACT_KEY, saved),
  });
}
