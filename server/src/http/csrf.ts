// Cross-site request forgery guard for every state-changing call: the browser's own headers must say same origin.
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '@bmrts/shared';
import type { AppEnv } from '../deps';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

/**
 * Browsers send Sec-Fetch-Site and Origin on cross-site requests; a request that carries either must say it comes
 * from this very origin. Clients that send neither (scripts, curl) carry no ambient browser cookie to abuse.
 * The Host (or X-Forwarded-Host behind a proxy) is compared, not the scheme, so TLS termination does not matter.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const fetchSite = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host');
      if (fetchSite !== undefined && !SAME_SITE_FETCH.has(fetchSite)) throw new DomainError('cross_site_request', 403);
      if (origin !== undefined && (origin === 'null' || !host || safeHost(origin) !== host))
        throw new DomainError('cross_site_request', 403);
    }
    await next();
  };
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
