// createApp: composes every capability into one Hono app without listening (tests call app.request).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { healthResponseSchema } from '@bmrts/shared';
import { requestId } from 'hono/request-id';
import { isPostgres } from '@bmrts/db';
import { appointmentRoutes } from './acting/routes';
import { adminRoutes } from './admin/routes';
import { sessionRoutes } from './auth/routes';
import { authGate, languageMiddleware, sessionMiddleware } from './auth/middleware';
import { bulkDecisionRoutes } from './bulk-decisions/routes';
import type { AppDeps, AppEnv } from './deps';
import { councilReportRoutes } from './council/routes';
import { csrfGuard } from './http/csrf';
import { docsRoutes } from './http/docs';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { compress } from 'hono/compress';
import { bodyLimits } from './http/body-limit';
import { errorBody, handleError, validationHook } from './http/errors';
import { json } from './http/openapi-responses';
import { webAppRoutes } from './http/web-app';
import { inboxRoutes } from './inbox/routes';
import { inboxExportRoutes } from './inbox/export-routes';
import { inboxNextRoutes } from './inbox/next-route';
import { notificationRoutes } from './notifications/routes';
import { notificationSettingsRoutes } from './notifications/settings-routes';
import { contactRoutes } from './people/contact-routes';
import { overviewRoutes } from './overview/routes';
import { appCaches } from './cache/app-caches';
import { referenceRoutes } from './reference/routes';
import { requestRoutes } from './requests/routes';
import { budgetRoutes } from './budget/routes';
import { requestExportRoutes } from './requests/export-routes';
import { attachmentRoutes } from './requests/attachments/routes';
import { surveyRoutes } from './surveys/routes';
import { levelTargetRoutes } from './timeliness/routes';
import { createDecisionBatcher } from './requests/decision-batcher';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: 'Liveness: answers 200 { ok: true } while the process serves requests; needs no sign-in',
  responses: { 200: json(healthResponseSchema, 'The process is alive') },
});

function apiRoutes(deps: AppDeps) {
  // One set of caches per app: two apps in one process (tests, a second server) never share an entry.
  const caches = appCaches(deps.db, deps.clock);
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.use('*', csrfGuard(), sessionMiddleware(deps), authGate());
  return (
    api
      .openapi(healthRoute, (c) => c.json({ ok: true as const }, 200))
      .route('/', sessionRoutes(deps))
      // Before requestRoutes, so /requests/export is not taken for a request id.
      .route('/', requestExportRoutes(deps, caches))
      .route('/', requestRoutes(deps, caches))
      .route('/', budgetRoutes(deps))
      .route('/', attachmentRoutes(deps))
      .route('/', inboxRoutes(deps, caches))
      .route('/', inboxExportRoutes(deps))
      .route('/', inboxNextRoutes(deps))
      .route('/', bulkDecisionRoutes(deps))
      .route('/', notificationRoutes(deps))
      .route('/', notificationSettingsRoutes(deps))
      .route('/', contactRoutes(deps))
      .route('/', overviewRoutes(deps, caches))
      .route('/', councilReportRoutes(deps))
      .route('/', referenceRoutes(deps))
      .route('/', levelTargetRoutes(caches))
      .route('/', appointmentRoutes(deps))
      .route('/', surveyRoutes(deps))
      .route('/', adminRoutes(deps, caches))
  );
}

/**
 * Group commit where it pays: SQLite has one writer and one fsync per COMMIT. PostgreSQL already flushes concurrent
 * commits together and runs decisions in parallel under row locks, and one batch locking several requests could
 * deadlock against another server's batch; there each decision is its own transaction.
 */
function defaultDecisionBatcher(db: AppDeps['db']): AppDeps['decisions'] {
  return isPostgres(db) ? undefined : createDecisionBatcher(db);
}

export function createApp(appDeps: AppDeps) {
  const deps: AppDeps = { ...appDeps, decisions: appDeps.decisions ?? defaultDecisionBatcher(appDeps.db) };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('*', securityHeaders());
  app.use('*', languageMiddleware());
  app.use('/api/*', requestId());
  if (deps.config.logger && deps.config.logRequests !== false) app.use('/api/*', requestLog(deps.config.logger));
  app.use('/api/*', bodyLimits());
  // API answers go gzip-compressed to a client that accepts it (JSON lists shrink about 8×); the web app's files are
  // compressed once at build time instead (web-app.ts).
  app.use('/api/*', compress());
  const logger = deps.config.logger;
  app.onError((err, c) => handleError(err, c, logger));
  app.route('/api', docsRoutes());
  const routed = app.route('/api', apiRoutes(deps));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'BMRTS API',
      version: '0.1.0',
      description:
        'Approval-workflow tracker of the BMA Budget Office. Sign in with POST /api/session; the session travels in an HttpOnly cookie. ' +
        'Errors are { error: { code, message } } with the message in Thai, or in English with Accept-Language: en.',
    },
  });
  app.all('/api/*', (c) => c.json(errorBody('not_found', c.get('lang')), 404));
  if (deps.config.webDist) {
    app.route('/', webAppRoutes(deps.config.webDist, { selfFetch: (request, env) => app.fetch(request, env), logger }));
  }
  return routed;
}

export type AppType = ReturnType<typeof createApp>;
