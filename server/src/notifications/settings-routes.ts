// /api/notification-settings: the caller's own email address, email language and which notifications also come by email.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { notificationSettingsSchema, updateNotificationSettingsBodySchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { loadNotificationSettings, saveNotificationSettings } from './settings-service';

const tags = ['notifications'];

const getRoute = createRoute({
  method: 'get',
  path: '/notification-settings',
  tags,
  summary: 'The caller’s email settings, and whether this server sends email at all',
  responses: { 200: json(notificationSettingsSchema, 'The settings'), ...errorResponses(401) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/notification-settings',
  tags,
  summary: 'Replaces the caller’s email settings',
  description: 'Every kind of email is on unless turned off here; without an address no email is sent.',
  request: { body: { required: true, content: { 'application/json': { schema: updateNotificationSettingsBodySchema } } } },
  responses: { 200: json(notificationSettingsSchema, 'The settings as saved'), ...errorResponses(400, 401) },
});

export function notificationSettingsRoutes(deps: AppDeps) {
  const emailEnabled = deps.config.email !== undefined;
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(getRoute, async (c) => c.json(await loadNotificationSettings(deps.db, requireCaller(c).id, emailEnabled), 200))
    .openapi(putRoute, async (c) => {
      const caller = requireCaller(c);
      await saveNotificationSettings(deps.db, caller.id, c.req.valid('json'), deps.clock.now().toISOString());
      return c.json(await loadNotificationSettings(deps.db, caller.id, emailEnabled), 200);
    });
}
