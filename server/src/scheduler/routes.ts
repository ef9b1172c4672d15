// GET /api/admin/scheduler: the reminder scheduler's state for administrators (mounted under the admin gate).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { schedulerStatusSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags } from '../admin/openapi';
import { DEFAULT_SCHEDULER_INTERVAL_MINUTES } from './scheduler';
import { schedulerStatus } from './status';

const statusRoute = createRoute({
  method: 'get',
  path: '/admin/scheduler',
  tags,
  summary: 'The reminder and escalation scheduler: its last run, whether it is late, recent runs and the notices it sent',
  responses: { 200: json(schedulerStatusSchema, 'The scheduler’s state'), ...adminErrors },
});

export function schedulerAdminRoutes(deps: AppDeps) {
  // When this server started: a scheduler that has never run is late only once the server has been up long enough.
  const serverStartedAt = deps.clock.now();
  const intervalMinutes = deps.config.schedulerIntervalMinutes ?? DEFAULT_SCHEDULER_INTERVAL_MINUTES;
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(statusRoute, async (c) => {
    requireAdmin(c);
    return c.json(await schedulerStatus(deps.db, deps.clock.now(), serverStartedAt, intervalMinutes), 200);
  });
}
