// GET /api/level-targets for everyone signed in (lists and the request page show them); GET/PUT /api/admin/level-targets
// (mounted under the admin capability, which refuses non-administrators before reading the body).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { levelTargetsBody, levelTargetsSchema } from '@bmrts/shared';
import type { AppCaches } from '../cache/app-caches';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin, requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { adminErrors, adminTags, jsonBody } from '../admin/openapi';
import { replaceLevelTargets } from './targets-service';

const readRoute = createRoute({
  method: 'get',
  path: '/level-targets',
  tags: ['reference'],
  summary: 'Target working days per review level: the office default and, per request type, the levels that differ',
  responses: { 200: json(levelTargetsSchema, 'The targets in force'), ...errorResponses(401) },
});
const adminReadRoute = createRoute({
  method: 'get',
  path: '/admin/level-targets',
  tags: adminTags,
  summary: 'The level targets, to edit',
  responses: { 200: json(levelTargetsSchema, 'The targets in force'), ...adminErrors },
});
const replaceRoute = createRoute({
  method: 'put',
  path: '/admin/level-targets',
  tags: adminTags,
  summary: 'Replace the level targets (whole working days 1–60); lists and overdue flags use them at once',
  request: jsonBody(levelTargetsSchema),
  responses: { 200: json(levelTargetsSchema, 'The new targets'), ...adminErrors },
});

export function levelTargetRoutes(caches: AppCaches) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(readRoute, async (c) => {
    requireCaller(c);
    return c.json(levelTargetsBody(await caches.levelTargets.get()), 200);
  });
}

export function levelTargetAdminRoutes(deps: AppDeps, caches: AppCaches) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(adminReadRoute, async (c) => {
      requireAdmin(c);
      return c.json(levelTargetsBody(await caches.levelTargets.get()), 200);
    })
    .openapi(replaceRoute, async (c) =>
      c.json(levelTargetsBody(await replaceLevelTargets(deps, caches, requireAdmin(c), c.req.valid('json'))), 200),
    );
}
