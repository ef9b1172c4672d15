// Resolves the caller from the session cookie for every API call; requireCaller refuses anonymous calls.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { Forbidden, Unauthenticated, langFromAcceptLanguage } from '@bmrts/shared';
import type { AppDeps, AppEnv, Caller } from '../deps';
import { SESSION_COOKIE, callerOf } from './session-service';

export function languageMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('lang', langFromAcceptLanguage(c.req.header('accept-language')));
    await next();
  };
}

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('caller', token ? await callerOf(deps, token) : null);
    await next();
  };
}

export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new Unauthenticated();
  return caller;
}

/** The one rule for the administration screens: every admin route refuses by it and the session tells the web by it. */
export function mayAdminister(caller: Caller): boolean {
  return caller.isAdmin;
}

/** The caller, who must be an administrator (403 otherwise). */
export function requireAdmin(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!mayAdminister(caller)) throw new Forbidden();
  return caller;
}

/** Calls that need no session: health, signing in, asking whether one is signed in, and the API description. */
const PUBLIC_CALLS = new Set([
  'GET /api/health',
  'POST /api/session',
  'DELETE /api/session',
  'GET /api/session/current',
  'GET /api/openapi.json',
]);

/** Refuses anonymous calls before their input is even validated, so nothing about the API leaks to strangers. */
export function authGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('caller') && !PUBLIC_CALLS.has(`${c.req.method} ${c.req.path}`)) throw new Unauthenticated();
    await next();
  };
}
