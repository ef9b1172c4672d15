// The administrative audit log, newest first, a page at a time; the history chains' verification; the budget ledger's.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';

const PAGE_SIZE = 50;
const admin = client.api.admin;

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      call(
        admin.audit.$get({
          query: { entityType: filters.entityType, entityId: filters.entityId, cursor: pageParam ?? undefined, limit: String(PAGE_SIZE) },
        }),
      ),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** A mutation rather than a query: it runs only when the administrator asks, and may take a while. */
export function useVerifyHistory() {
  return useMutation({ mutationFn: () => call(admin.history.verify.$get()) });
}

/** The budget ledger's check (issue 16): like the history's, run only when asked. */
export function useVerifyLedger() {
  return useMutation({ mutationFn: () => call(admin.ledger.verify.$get()) });
}
