// GET and PUT /api/notification-settings: the signed-in user's email address, email language and email kinds.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateNotificationSettingsBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

const SETTINGS_KEY = ['notification-settings'] as const;
const settings = client.api['notification-settings'];

export function useNotificationSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call(settings.$get()) });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationSettingsBody) => call(settings.$put({ json: body })),
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS_KEY, saved),
  });
}
