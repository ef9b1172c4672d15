// GET /api/admin/audit (the administrative audit log), GET /api/admin/history/verify (every hash chain checked) and
// GET /api/admin/ledger/verify (every budget line's totals and every request's ledger entries checked, issue 16).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { verifyHistory, verifyLedger } from '@bmrts/db';
import { auditListQuerySchema, auditListResponseSchema, historyVerificationSchema, ledgerVerificationSchema } from '@bmrts/shared';
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

const ledgerVerifyRoute = createRoute({
  method: 'get',
  path: '/admin/ledger/verify',
  tags,
  summary: 'Check the budget ledger (every line’s totals, every request’s entries)',
  description:
    'Recomputes each budget line’s totals from its ledger entries and checks each request’s entries against the request ' +
    '(an approved request has one entry per claim; nothing else has any). `ok` false names the first disagreement, in Thai and English.',
  responses: { 200: json(ledgerVerificationSchema, 'The verification result'), ...adminErrors },
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
    })
    .openapi(ledgerVerifyRoute, async (c) => {
      requireAdmin(c);
      return c.json(await verifyLedger(deps.db), 200);
    });
}
