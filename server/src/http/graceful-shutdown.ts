// Graceful shutdown: stop accepting, let the requests already running finish (up to a deadline), then close the database.
import type { ServerType } from '@hono/node-server';
import { errorMessage, langFromAcceptLanguage } from '@bmrts/shared';

type Fetch<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;

export interface ShutdownGate<A extends unknown[]> {
  /** The app's fetch, counting the requests in flight and refusing new ones once shutdown began. */
  fetch: Fetch<A>;
  /** Stops the listener, waits for in-flight requests (at most `deadlineMs`), then runs `closeResources`. Resolves true if nothing was cut off. */
  shutDown(server: ServerType, closeResources: () => Promise<void>, deadlineMs: number): Promise<boolean>;
}

/** Refused before the app runs, so the language is read here: Thai unless the caller asks for English. */
function shuttingDown(request: Request) {
  const lang = langFromAcceptLanguage(request.headers.get('accept-language'));
  return { error: { code: 'shutting_down', message: errorMessage('shutting_down', lang) } };
}

/** `Connection: close` tells Node to end the keep-alive connection once this response is sent, so the server can finish closing. */
function closingConnection(response: Response): Response {
  try {
    response.headers.set('connection', 'close');
    return response;
  } catch {
    // Headers of some responses are immutable; a copy carries the same body.
    const copy = new Response(response.body, response);
    copy.headers.set('connection', 'close');
    return copy;
  }
}

export function shutdownGate<A extends unknown[]>(appFetch: Fetch<A>): ShutdownGate<A> {
  let closing = false;
  let inFlight = 0;
  let onIdle: (() => void) | null = null;

  const fetch: Fetch<A> = async (request, ...rest) => {
    // A request that arrives on a kept-alive connection after SIGTERM is refused whole: it changes nothing.
    if (closing) return closingConnection(Response.json(shuttingDown(request), { status: 503, headers: { 'retry-after': '5' } }));
    inFlight++;
    try {
      const response = await appFetch(request, ...rest);
      return closing ? closingConnection(response) : response;
    } finally {
      inFlight--;
      if (inFlight === 0 && onIdle) onIdle();
    }
  };

  async function shutDown(server: ServerType, closeResources: () => Promise<void>, deadlineMs: number): Promise<boolean> {
    closing = true;
    const http = 'closeIdleConnections' in server ? server : null;
    const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    const requestsDone = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve));
    // Idle keep-alive connections would hold server.close() open; sweep them as in-flight responses finish.
    const sweep = setInterval(() => http?.closeIdleConnections(), 50);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => (timer = setTimeout(() => resolve('deadline'), deadlineMs)));
    const outcome = await Promise.race([Promise.all([listenerClosed, requestsDone]).then(() => 'drained' as const), deadline]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (outcome === 'deadline') http?.closeAllConnections();
    await closeResources();
    return outcome === 'drained';
  }

  return { fetch, shutDown };
}
