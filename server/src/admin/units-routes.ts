// /api/admin/units: every budget unit including inactive ones; add and edit units.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  adminUnitListResponseSchema,
  adminUnitSchema,
  createUnitBodySchema,
  unitCodeParamsSchema,
  updateUnitBodySchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags, conflict, jsonBody, notFound } from './openapi';
import { createUnit, listAdminUnits, updateUnit } from './units-service';

const listRoute = createRoute({
  method: 'get',
  path: '/admin/units',
  tags,
  summary: 'Every budget unit, inactive ones included',
  responses: { 200: json(adminUnitListResponseSchema, 'The budget units by code'), ...adminErrors },
});
const createUnitRoute = createRoute({
  method: 'post',
  path: '/admin/units',
  tags,
  summary: 'Add a budget unit',
  request: jsonBody(createUnitBodySchema),
  responses: { 201: json(adminUnitSchema, 'The new unit'), ...adminErrors, ...conflict },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/units/{code}',
  tags,
  summary: 'Rename, regroup, deactivate or reactivate a budget unit',
  request: { params: unitCodeParamsSchema, ...jsonBody(updateUnitBodySchema) },
  responses: { 200: json(adminUnitSchema, 'The unit after the edit'), ...adminErrors, ...notFound },
});

export function unitAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await listAdminUnits(deps.db) }, 200);
    })
    .openapi(createUnitRoute, async (c) => c.json(await createUnit(deps, requireAdmin(c), c.req.valid('json')), 201))
    .openapi(updateRoute, async (c) =>
      c.json(await updateUnit(deps, requireAdmin(c), c.req.valid('param').code, c.req.valid('json')), 200),
    );
}
