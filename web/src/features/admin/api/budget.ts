// The budget's administration (issue 16): how the Office checks the money (read and replace as a whole), and the
// budget-line import's dry run and import of the same file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetCheckSettings } from '@bmrts/shared';
import { call, client } from '../../../lib/api-client';

const BUDGET_CHECK_KEY = ['admin', 'budget-check'] as const;
const budgetCheck = client.api.admin['budget-check'];
const lineImport = client.api.admin['budget-lines'].import;

export function useBudgetCheck() {
  return useQuery({ queryKey: BUDGET_CHECK_KEY, queryFn: () => call(budgetCheck.$get()) });
}

export function useSaveBudgetCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: BudgetCheckSettings) => call(budgetCheck.$put({ json: settings })),
    onSuccess: (saved) => queryClient.setQueryData(BUDGET_CHECK_KEY, saved),
  });
}

export function usePreviewLineImport() {
  return useMutation({ mutationFn: (file: File) => call(lineImport.preview.$post({ form: { file } })) });
}

export function useRunLineImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => call(lineImport.$post({ form: { file } })),
    // The line pickers and balance panels may now find the new lines.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
