// React Query for every server call; a lost session (a 401 other than those below) anywhere signs the user out of the shell.
// Two 401s are answers, not a lost session: "reauth_required" asks for the password again (lib/reauth-dialog.tsx),
// "invalid_credentials" says the password typed was wrong.
import { useEffect, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';
import { SESSION_QUERY_KEY } from '../lib/session';
import { TAKEN_OVER_EVENT } from './taken-over';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** 401 answers that do not mean the session is gone. */
const NOT_SIGNED_OUT: readonly string[] = ['reauth_required', 'invalid_credentials'];

function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && !NOT_SIGNED_OUT.includes(error.code);
}

/**
 * The app's query client: one for the page's life in the browser (start.tsx), and one per first render on the server
 * (entry-server.tsx), so no person's answers ever reach another's page.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isSessionLost(error) && query.queryKey[0] !== SESSION_QUERY_KEY[0]) queryClient.setQueryData(SESSION_QUERY_KEY, null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionLost(error)) queryClient.setQueryData(SESSION_QUERY_KEY, null);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: true, staleTime: 15_000 },
      // 'always': a change attempted offline fails at once with a message. TanStack's default ('online') would pause it
      // and send it by itself when the network came back, a decision queued without the person knowing.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return queryClient;
}

/** Says when React has the page: its effects run once the first render (or taking over the drawn page) is committed. */
function TakenOver() {
  useEffect(() => {
    window.dispatchEvent(new Event(TAKEN_OVER_EVENT));
  }, []);
  return null;
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      {children}
      <TakenOver />
    </QueryClientProvider>
  );
}
