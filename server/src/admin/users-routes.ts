// /api/admin/users: list, create and edit users, reset a password, replace an analyst's portfolio.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  adminUserListQuerySchema,
  adminUserListResponseSchema,
  adminUserSchema,
  createUserBodySchema,
  portfolioBodySchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userIdParamsSchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags, conflict, jsonBody, noContent, notFound, refused } from './openapi';
import { replacePortfolio, resetPassword } from './user-access';
import { listAdminUsers } from './user-view';
import { updateUser } from './user-update';
import { createUser } from './user-create';

const params = { params: userIdParamsSchema };

const listRoute = createRoute({
  method: 'get',
  path: '/admin/users',
  tags,
  summary: 'Users, filtered by words, level and whether active',
  request: { query: adminUserListQuerySchema },
  responses: { 200: json(adminUserListResponseSchema, 'One page of users by username'), ...adminErrors },
});
const createUserRoute = createRoute({
  method: 'post',
  path: '/admin/users',
  tags,
  summary: 'Create a user at a level (1 with a unit, 2–3 with a section, 4 with a division) or an administrator',
  request: jsonBody(createUserBodySchema),
  responses: { 201: json(adminUserSchema, 'The new user'), ...adminErrors, ...conflict },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/users/{id}',
  tags,
  summary: 'Edit a user; deactivating ends their sessions at once',
  request: { ...params, ...jsonBody(updateUserBodySchema) },
  responses: { 200: json(adminUserSchema, 'The user after the edit'), ...adminErrors, ...notFound, ...refused },
});
const passwordRoute = createRoute({
  method: 'post',
  path: '/admin/users/{id}/password',
  tags,
  summary: 'Reset a password; ends the user’s sessions',
  request: { ...params, ...jsonBody(resetPasswordBodySchema) },
  responses: { ...noContent, ...adminErrors, ...notFound },
});
const portfolioRoute = createRoute({
  method: 'put',
  path: '/admin/users/{id}/portfolio',
  tags,
  summary: 'Replace the units in an analyst’s (level 2) portfolio',
  request: { ...params, ...jsonBody(portfolioBodySchema) },
  responses: { 200: json(adminUserSchema, 'The analyst with the new portfolio'), ...adminErrors, ...notFound },
});

export function userAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json(await listAdminUsers(deps.db, c.req.valid('query')), 200);
    })
    .openapi(createUserRoute, async (c) => c.json(await createUser(deps, requireAdmin(c), c.req.valid('json')), 201))
    .openapi(updateRoute, async (c) => c.json(await updateUser(deps, requireAdmin(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(passwordRoute, async (c) => {
      await resetPassword(deps, requireAdmin(c), c.req.valid('param').id, c.req.valid('json').password);
      return c.body(null, 204);
    })
    .openapi(portfolioRoute, async (c) =>
      c.json(await replacePortfolio(deps, requireAdmin(c), c.req.valid('param').id, c.req.valid('json').unitCodes), 200),
    );
}
