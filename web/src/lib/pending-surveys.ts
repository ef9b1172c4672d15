// The open survey rounds the signed-in user is invited to (GET /api/surveys/pending), shared by the home page's and
// the request page's prompts and the survey page; and the prompt's "later", remembered per round for this browser.
import { useQuery } from '@tanstack/react-query';
import { call, client } from './api-client';

export const PENDING_SURVEYS_KEY = ['surveys', 'pending'] as const;

export function usePendingSurveys(enabled = true) {
  return useQuery({
    queryKey: PENDING_SURVEYS_KEY,
    queryFn: () => call(client.api.surveys.pending.$get()),
    staleTime: 5 * 60_000,
    enabled,
  });
}

const DISMISSED_KEY = 'bmrts.survey.later';

export function dismissedRounds(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return []; // storage blocked or garbled: nothing dismissed
  }
}

export function dismissRound(roundId: string): void {
  try {
    sessionStorage.setItem(DISMISSED_KEY, JSON.stringify([...new Set([...dismissedRounds(), roundId])]));
  } catch {
    // not remembered when storage is blocked; the card still hides for this page
  }
}
