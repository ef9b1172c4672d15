// The requests feature's server calls: list, one request, units, routing rules, create, edit and events.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestContent, RequestEventType, RequestView } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';
import type { ListFilters } from './list-filters';

export const requestKey = (id: string) => ['request', id] as const;
const PAGE_SIZE = 50;
const requests = client.api.requests;

export function useRequest(id: string) {
  return useQuery({ queryKey: requestKey(id), queryFn: () => call(requests[':id'].$get({ param: { id } })) });
}

/** Query-string values are strings on the wire; the server coerces them. */
function listQuery(filters: ListFilters, cursor: string | null) {
  return {
    type: filters.type,
    status: filters.status,
    level: filters.level === undefined ? undefined : String(filters.level),
    unit: filters.unit,
    fiscalYear: filters.fiscalYear === undefined ? undefined : String(filters.fiscalYear),
    q: filters.q,
    createdFrom: filters.createdFrom,
    createdTo: filters.createdTo,
    overdue: filters.overdue,
    firstPass: filters.firstPass,
    submittedMonth: filters.submittedMonth,
    submittedFiscalYear: filters.submittedFiscalYear === undefined ? undefined : String(filters.submittedFiscalYear),
    decidedFiscalYear: filters.decidedFiscalYear === undefined ? undefined : String(filters.decidedFiscalYear),
    cursor: cursor ?? undefined,
    limit: String(PAGE_SIZE),
  };
}

export function useRequestList(filters: ListFilters) {
  return useInfiniteQuery({
    queryKey: ['requests', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => call(requests.$get({ query: listQuery(filters, pageParam) })),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useRoutingRules() {
  return useQuery({ queryKey: ['routing-rules'], queryFn: () => call(client.api['routing-rules'].$get()), staleTime: 10 * 60_000 });
}

function useRefreshAfterChange() {
  const queryClient = useQueryClient();
  return (view: RequestView) => {
    queryClient.setQueryData(requestKey(view.id), view);
    // What lies under the request's key (its balance panel) changed with it: a decision may have moved the money.
    void queryClient.invalidateQueries({ queryKey: requestKey(view.id), predicate: (query) => query.queryKey.length > 2 });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    void queryClient.invalidateQueries({ queryKey: ['requests'] });
  };
}

export function sendEvent(id: string, type: RequestEventType, version: number, comment?: string) {
  return call(requests[':id'].events.$post({ param: { id }, json: { type, version, ...(comment ? { comment } : {}) } }));
}

export function useSendEvent(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (input: { type: RequestEventType; version: number; comment?: string }) =>
      sendEvent(id, input.type, input.version, input.comment),
    onSuccess: refresh,
  });
}

/** The draft alone as JSON; with documents, one multipart call that stores the draft and all of them, or nothing. */
function createDraft(content: RequestContent, files: readonly File[]) {
  if (files.length === 0) return call(requests.$post({ json: content }));
  return call(requests['with-attachments'].$post({ form: { request: JSON.stringify(content), files: [...files] } }));
}

/** Saves a new draft (with the documents chosen for it) and, when asked, submits it straight away. */
export function useCreateRequest() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    /** A failed submit still leaves a saved draft, so it is returned beside the draft rather than thrown. */
    mutationFn: async (input: {
      content: RequestContent;
      files: readonly File[];
      submit: boolean;
    }): Promise<{ view: RequestView; submitError: unknown }> => {
      const draft = await createDraft(input.content, input.files);
      refresh(draft);
      if (!input.submit) return { view: draft, submitError: null };
      try {
        return { view: await sendEvent(draft.id, 'SUBMIT', draft.version), submitError: null };
      } catch (error) {
        return { view: draft, submitError: error };
      }
    },
    onSuccess: ({ view }) => refresh(view),
  });
}

/** Saves changes to a draft or returned request and, when asked, (re)submits it. */
export function useUpdateRequest(id: string) {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: async (input: { content: RequestContent; version: number; submitWith: 'SUBMIT' | 'RESUBMIT' | null }) => {
      const saved = await call(requests[':id'].$put({ param: { id }, json: { version: input.version, content: input.content } }));
      refresh(saved);
      return input.submitWith ? sendEvent(id, input.submitWith, saved.version) : saved;
    },
    onSuccess: refresh,
  });
}
