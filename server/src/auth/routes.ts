// POST/GET/DELETE /api/session: sign in, who am I, sign out; GET /api/session/current: who am I, if anyone.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginBodySchema, reauthBodySchema, sessionResponseSchema, sessionUserSchema } from '@bmrts/shared';
import { z } from '@hono/zod-openapi';
import type { AppDeps, AppEnv, Caller } from '../deps';
import { errorResponses, json } from '../http/openapi-responses';
import { validationHook } from '../http/errors';
import { clientAddress } from '../http/client-address';
import { requireCaller } from './middleware';
import { pagesOf } from './pages';
import { signInGuard } from './password-check';
import { SESSION_COOKIE, callerOf, endAllSessions, reauthenticate, signIn, signOut } from './session-service';
import { Unauthenticated } from '@bmrts/shared';

const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  tags: ['session'],
  summary: 'Sign in; sets the HttpOnly session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: loginBodySchema } } } },
  responses: { 200: json(sessionResponseSchema, 'Signed in'), ...errorResponses(400, 401, 429, 503) },
});

const reauthRoute = createRoute({
  method: 'post',
  path: '/session/reauth',
  tags: ['session'],
  summary: 'Enter the password again; decisions at levels 5–8 need it within the last 15 minutes',
  request: { body: { required: true, content: { 'application/json': { schema: reauthBodySchema } } } },
  responses: { 204: { description: 'Re-authenticated' }, ...errorResponses(400, 401, 429, 503) },
});

const signOutEverywhereRoute = createRoute({
  method: 'post',
  path: '/session/sign-out-everywhere',
  tags: ['session'],
  summary: 'End every session of the signed-in user, on every device',
  responses: { 204: { description: 'Every session ended' }, ...errorResponses(401) },
});

const currentSessionRoute = createRoute({
  method: 'get',
  path: '/session',
  tags: ['session'],
  summary: 'The signed-in user, their level, unit and scope, and the pages they may open',
  responses: { 200: json(sessionResponseSchema, 'The signed-in user'), ...errorResponses(401) },
});

/**
 * The app asks this on every page load, the sign-in page included: a stranger gets 200 with no user, because the browser
 * logs every 401 to the console as an error, and a sign-in page that shows an error to nobody is not clean.
 */
const currentSessionOrNoneRoute = createRoute({
  method: 'get',
  path: '/session/current',
  tags: ['session'],
  summary: 'The signed-in user as GET /api/session gives it, or null when no one is signed in (never 401)',
  responses: { 200: json(z.object({ user: sessionUserSchema.nullable() }), 'The signed-in user, or null') },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  tags: ['session'],
  summary: 'Sign out; ends this session',
  responses: { 204: { description: 'Signed out' } },
});

function sessionUser(caller: Caller) {
  return {
    id: caller.id,
    username: caller.username,
    displayName: caller.displayName,
    level: caller.level,
    unitCode: caller.unitCode,
    isAdmin: caller.isAdmin,
    scope: caller.scope,
    acting: caller.capacities.flatMap((capacity) =>
      capacity.appointmentId && capacity.endsAt
        ? [{ appointmentId: capacity.appointmentId, forUser: capacity.onBehalfOf, level: capacity.level, endsAt: capacity.endsAt }]
        : [],
    ),
    pages: pagesOf(caller),
  };
}

export function sessionRoutes(deps: AppDeps) {
  const guard = signInGuard(deps);
  const addressOf = (c: Context) => clientAddress(c, deps.config.trustProxyHops ?? 0);
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(signInRoute, async (c) => {
      const { username, password } = c.req.valid('json');
      const { token } = await signIn(deps, guard, { username, password, address: addressOf(c) });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: deps.config.sessionIdleMinutes * 60,
      });
      const caller = await callerOf(deps, token);
      if (!caller) throw new Unauthenticated();
      return c.json({ user: sessionUser(caller) }, 200);
    })
    .openapi(currentSessionRoute, async (c) => c.json({ user: sessionUser(requireCaller(c)) }, 200))
    .openapi(currentSessionOrNoneRoute, async (c) => {
      const caller = c.get('caller');
      return c.json({ user: caller ? sessionUser(caller) : null }, 200);
    })
    .openapi(reauthRoute, async (c) => {
      const caller = requireCaller(c);
      // Counted per session, not per address: the caller is already signed in, and people behind one office NAT
      // address must not lose their re-authentication to each other's typos (the username's own limit still holds).
      await reauthenticate(deps, guard, caller, { password: c.req.valid('json').password, address: `session:${caller.sessionId}` });
      return c.body(null, 204);
    })
    .openapi(signOutEverywhereRoute, async (c) => {
      await endAllSessions(deps, requireCaller(c).id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(signOutRoute, async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await signOut(deps, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
