// The budget lines' server calls (issue 16): the balance panel of one request, and the lines a form's picker searches.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';
import { requestKey } from './api';

/** Under the request's own key, so whatever refreshes the request (a decision, a reload after 409) refreshes it too. */
export const requestBudgetKey = (id: string) => [...requestKey(id), 'budget'] as const;

export function useRequestBudget(id: string) {
  return useQuery({
    queryKey: requestBudgetKey(id),
    queryFn: () => call(client.api.requests[':id'].budget.$get({ param: { id } })),
  });
}

export interface LineSearch {
  fiscalYear: number | null;
  kind: 'unit' | 'central';
  /** A unit's code to keep to its lines; null for every line, other units' with identity and appropriation only (B7). */
  unit: string | null;
  q: string;
  /** One line by its id: the line a saved request names, when the list does not hold it. */
  id?: string | null;
}

/** The lines a picker offers; nothing is asked until the fiscal year is known. */
export function useBudgetLines(search: LineSearch) {
  const { fiscalYear, kind, unit, q, id = null } = search;
  return useQuery({
    queryKey: ['budget-lines', fiscalYear, kind, unit, q, id],
    enabled: fiscalYear !== null,
    // The list under the search box stays while the next search runs, so the options do not jump away as one types.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: () =>
      call(
        client.api['budget-lines'].$get({
          query: {
            fiscalYear: String(fiscalYear),
            kind,
            unit: unit ?? undefined,
            q: q.trim() === '' ? undefined : q.trim(),
            // Every unit's lines: a transfer between units names another unit's line as its destination (rule B7).
            reach: unit === null ? 'all' : undefined,
            id: id ?? undefined,
          },
        }),
      ),
  });
}
