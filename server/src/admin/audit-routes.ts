// GET /api/admin/audit (the administrative audit log) and GET /api/admin/history/verify (every hash chain checked).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { verifyHistory } from '@bmrts/db';
import { auditListQuerySchema, auditListResponseSchema, historyVerificationSchema } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags } from './openapi';
import { listAuditEntries } from './audit-queries';

const auditRoute = createRoute({
  method: 'get',
  path: '/admin/audit',
  tags,
  summary: 'Administrative changes, newest first, with before and after',
  request: { query: auditListQuerySchema },
  responses: { 200: json(auditListResponseSchema, 'One page of the audit log'), ...adminErrors },
});
const verifyRoute = createRoute({
  method: 'get',
  path: '/admin/history/verify',
  tags,
  summary: 'Check every hash chain (each request’s history and the audit log)',
  description: 'Names the first broken entry of each chain; `ok` is true when nothing was changed, removed or reordered.',
  responses: { 200: json(historyVerificationSchema, 'The verification result'), ...adminErrors },
});

export function auditAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(auditRoute, async (c) => {
      requireAdmin(c);
      return c.json(await listAuditEntries(deps.db, c.req.valid('query')), 200);
    })
    .openapi(verifyRoute, async (c) => {
      requireAdmin(c);
      return c.json(await verifyHistory(deps.db), 200);
    });
}
