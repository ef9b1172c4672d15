// GET /api/admin/org: the Budget Office's divisions and their sections, for assigning levels 2–4.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { orgResponseSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags } from './openapi';

const orgRoute = createRoute({
  method: 'get',
  path: '/admin/org',
  tags,
  summary: 'Divisions and their sections',
  responses: { 200: json(orgResponseSchema, 'The organisation of the Budget Office'), ...adminErrors },
});

export function orgAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(orgRoute, async (c) => {
    requireAdmin(c);
    const divisions = await deps.db.selectFrom('org_divisions').selectAll().orderBy('id').execute();
    const sections = await deps.db.selectFrom('org_sections').selectAll().orderBy('id').execute();
    return c.json(
      {
        divisions: divisions.map((d) => ({
          id: d.id,
          name: { th: d.name_th, en: d.name_en },
          sections: sections.filter((s) => s.division_id === d.id).map((s) => ({ id: s.id, name: { th: s.name_th, en: s.name_en } })),
        })),
      },
      200,
    );
  });
}
