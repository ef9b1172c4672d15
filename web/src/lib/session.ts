// The signed-in user, read once from GET /api/session and shared by every page through React Query.
import { useQuery } from '@tanstack/react-query';
import type { SessionUser } from '@bmrts/shared';
import { ApiError, call, client } from './api-client';

export const SESSION_QUERY_KEY = ['session'] as const;

export async function fetchSessionUser(): Promise<SessionUser | null> {
  try {
    const { user } = await call(client.api.session.$get());
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSessionUser, staleTime: 5 * 60_000 });
}

/** The user, once the app shell has made sure someone is signed in. */
export function useSessionUser(): SessionUser | null {
  return useSession().data ?? null;
}

export function isUnitUser(user: SessionUser | null): boolean {
  return user !== null && user.level === 1 && user.unitCode !== null;
}

export function isReviewer(user: SessionUser | null): boolean {
  return user !== null && user.level !== null && user.level >= 2;
}

/** Division directors and above (acting counts) and administrators see the overview; the server decides in the end. */
export function seesOverview(user: SessionUser | null): boolean {
  if (user === null) return false;
  return user.isAdmin || (user.level ?? 0) >= 4 || user.acting.some((a) => a.level >= 4);
}

/** Levels 5–8 (acting counts) and administrators read the year-end report to the Council; the server decides in the end. */
export function seesCouncilReport(user: SessionUser | null): boolean {
  if (user === null) return false;
  return user.isAdmin || (user.level ?? 0) >= 5 || user.acting.some((a) => a.level >= 5);
}
