// /api/admin: the administration capability, for administrators only; everyone else is refused before any input is read.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import type { AppCaches } from '../cache/app-caches';
import { auditAdminRoutes } from './audit-routes';
import { holidayAdminRoutes } from './holidays-routes';
import { orgAdminRoutes } from './org-routes';
import { routingRuleAdminRoutes } from './routing-rules-routes';
import { unitAdminRoutes } from './units-routes';
import { userAdminRoutes } from './users-routes';
import { webhookAdminRoutes } from './webhooks-routes';
import { surveyAdminRoutes } from '../surveys/admin-routes';
import { schedulerAdminRoutes } from '../scheduler/routes';
import { levelTargetAdminRoutes } from '../timeliness/routes';
import { importRoutes } from '../imports/routes';
import { budgetAdminRoutes } from '../budget/routes';

export function adminRoutes(deps: AppDeps, caches: AppCaches) {
  const admin = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Checked before validation too, so a non-administrator learns 403 and nothing about what a valid body looks like.
  admin.use('/admin/*', async (c, next) => {
    requireAdmin(c);
    await next();
  });
  return admin
    .route('/', userAdminRoutes(deps))
    .route('/', orgAdminRoutes(deps))
    .route('/', unitAdminRoutes(deps))
    .route('/', routingRuleAdminRoutes(deps))
    .route('/', holidayAdminRoutes(deps, caches))
    .route('/', levelTargetAdminRoutes(deps, caches))
    .route('/', auditAdminRoutes(deps))
    .route('/', surveyAdminRoutes(deps))
    .route('/', schedulerAdminRoutes(deps))
    .route('/', importRoutes(deps))
    .route('/', budgetAdminRoutes(deps))

    .route('/', webhookAdminRoutes(deps));
}
