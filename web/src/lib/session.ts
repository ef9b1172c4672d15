// The signed-in user and the pages they may open, read once from GET /api/session/current (200 with no user when signed
// out, so the sign-in page logs no 401) and shared by every page through React Query. What a user may open is the server's answer; nothing here works it out from a level.
import { useQuery } from '@tanstack/react-query';
import type { SessionPages, SessionUser } from '@bmrts/shared';
import { call, client } from './api-client';

export const SESSION_QUERY_KEY = ['session'] as const;

export async function fetchSessionUser(): Promise<SessionUser | null> {
  const { user } = await call(client.api.session.current.$get());
  return user;
}

export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSessionUser, staleTime: 5 * 60_000 });
}

/** The user, once the app shell has made sure someone is signed in. */
export function useSessionUser(): SessionUser | null {
  return useSession().data ?? null;
}

const NO_PAGES: SessionPages = { newRequest: false, reviewInbox: false, overview: false, councilReport: false, administration: false };

/** The pages the signed-in user may open, as the server's own guards answer (GET /api/session); none when signed out. */
export function usePages(): SessionPages {
  return useSessionUser()?.pages ?? NO_PAGES;
}
