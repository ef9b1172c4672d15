// /api/notifications: the caller's in-app notifications, and marking them read.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { markNotificationsReadBodySchema, notificationListQuerySchema, notificationListResponseSchema } from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { listNotifications, markNotificationsRead } from './queries';

const tags = ['notifications'];

const listRoute = createRoute({
  method: 'get',
  path: '/notifications',
  tags,
  summary: 'The caller’s notifications, newest first, keyset-paginated, with the number still unread',
  request: { query: notificationListQuerySchema },
  responses: { 200: json(notificationListResponseSchema, 'One page of notifications'), ...errorResponses(400, 401) },
});

const markReadRoute = createRoute({
  method: 'post',
  path: '/notifications/read',
  tags,
  summary: 'Marks the given notifications, or all, as read',
  description: 'Only the caller’s own notifications change; ids of anyone else’s are ignored.',
  request: { body: { required: true, content: { 'application/json': { schema: markNotificationsReadBodySchema } } } },
  responses: { 204: { description: 'Marked' }, ...errorResponses(400, 401) },
});

export function notificationRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const caller = requireCaller(c);
      return c.json(await listNotifications(readerOf(deps), caller.id, caller.scope, c.req.valid('query')), 200);
    })
    .openapi(markReadRoute, async (c) => {
      const caller = requireCaller(c);
      await markNotificationsRead(deps.db, caller.id, c.req.valid('json'), deps.clock.now().toISOString());
      return c.body(null, 204);
    });
}
