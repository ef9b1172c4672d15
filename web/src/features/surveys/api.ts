// The survey feature's server calls: sending (or replacing) the user's answers to an open round.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyResponseBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';
import { PENDING_SURVEYS_KEY } from '../../lib/pending-surveys';

export function useSendSurveyResponse(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyResponseBody) => call(client.api.surveys[':roundId'].response.$put({ param: { roundId }, json: body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: PENDING_SURVEYS_KEY }),
  });
}
