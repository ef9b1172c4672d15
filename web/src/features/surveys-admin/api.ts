// The survey administration's server calls: rounds (list, create, update, delete), live results, comparison and the
// printable summary; export files are plain links to the export endpoint (exportHref).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSurveyRoundBody, SurveyExportQuery, UpdateSurveyRoundBody } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

const ROUNDS_KEY = ['admin', 'surveys'] as const;
const surveys = client.api.admin.surveys;

export function useSurveyRounds() {
  return useQuery({ queryKey: ROUNDS_KEY, queryFn: () => call(surveys.$get({ query: { limit: '100' } })) });
}

export function useSurveyRound(roundId: string) {
  return useQuery({
    queryKey: [...ROUNDS_KEY, roundId],
    queryFn: () => call(surveys[':roundId'].$get({ param: { roundId } })),
    enabled: roundId !== '',
  });
}

export function useSurveyResults(roundId: string) {
  return useQuery({
    queryKey: [...ROUNDS_KEY, roundId, 'results'],
    queryFn: () => call(surveys[':roundId'].results.$get({ param: { roundId } })),
    refetchInterval: 30_000, // results are live while the round is open
  });
}

export function useSurveySummary(roundId: string) {
  return useQuery({
    queryKey: [...ROUNDS_KEY, roundId, 'summary'],
    queryFn: () => call(surveys[':roundId'].summary.$get({ param: { roundId } })),
  });
}

export function useSurveyComparison(roundIds: readonly string[]) {
  return useQuery({
    queryKey: [...ROUNDS_KEY, 'compare', ...roundIds],
    queryFn: () => call(surveys.compare.$get({ query: { rounds: roundIds.join(',') } })),
    enabled: roundIds.length >= 2,
  });
}

/** The link that downloads a round's results or raw answers as CSV or XLSX. */
export function exportHref(roundId: string, what: SurveyExportQuery['what'], format: SurveyExportQuery['format']): string {
  return `/api/admin/surveys/${encodeURIComponent(roundId)}/export?what=${what}&format=${format}`;
}

function useInvalidateRounds() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
}

export function useCreateSurveyRound() {
  const invalidate = useInvalidateRounds();
  return useMutation({ mutationFn: (body: CreateSurveyRoundBody) => call(surveys.$post({ json: body })), onSuccess: invalidate });
}

export function useUpdateSurveyRound(roundId: string) {
  const invalidate = useInvalidateRounds();
  return useMutation({
    mutationFn: (body: UpdateSurveyRoundBody) => call(surveys[':roundId'].$patch({ param: { roundId }, json: body })),
    onSuccess: invalidate,
  });
}

export function useDeleteSurveyRound() {
  const invalidate = useInvalidateRounds();
  return useMutation({ mutationFn: (roundId: string) => call(surveys[':roundId'].$delete({ param: { roundId } })), onSuccess: invalidate });
}

/** The budget units to invite (lib/units.ts: one query for every page that names units). */
export { useUnits as useBudgetUnits } from '../../lib/units';
