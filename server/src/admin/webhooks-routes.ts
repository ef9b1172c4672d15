// /api/admin/webhooks and /api/admin/outbox: webhook endpoints, and the log of every email and webhook delivery.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  createWebhookEndpointBodySchema,
  outboxDeliveryParamsSchema,
  outboxDeliverySchema,
  outboxListQuerySchema,
  outboxListResponseSchema,
  updateWebhookEndpointBodySchema,
  webhookEndpointListResponseSchema,
  webhookEndpointParamsSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { adminErrors, adminTags as tags, jsonBody, notFound } from './openapi';
import { listDeliveries, retryDelivery } from './outbox-service';
import { createWebhookEndpoint, listWebhookEndpoints, renewWebhookSecret, updateWebhookEndpoint } from './webhooks-service';

const listRoute = createRoute({
  method: 'get',
  path: '/admin/webhooks',
  tags,
  summary: 'Webhook endpoints (without their secrets)',
  responses: { 200: json(webhookEndpointListResponseSchema, 'The endpoints, oldest first'), ...adminErrors },
});
const createEndpointRoute = createRoute({
  method: 'post',
  path: '/admin/webhooks',
  tags,
  summary: 'Register a webhook endpoint; the answer shows its secret this once',
  description:
    'Only http and https addresses. Every delivery is signed: X-BMRTS-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>.',
  request: jsonBody(createWebhookEndpointBodySchema),
  responses: { 201: json(webhookEndpointWithSecretSchema, 'The new endpoint with its secret'), ...adminErrors },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/webhooks/{id}',
  tags,
  summary: 'Change an endpoint’s address, event types, description, or turn it off or on',
  request: { params: webhookEndpointParamsSchema, ...jsonBody(updateWebhookEndpointBodySchema) },
  responses: { 200: json(webhookEndpointSchema, 'The endpoint after the change'), ...adminErrors, ...notFound },
});
const renewSecretRoute = createRoute({
  method: 'post',
  path: '/admin/webhooks/{id}/secret',
  tags,
  summary: 'Replace an endpoint’s secret; the answer shows the new one this once',
  request: { params: webhookEndpointParamsSchema },
  responses: { 200: json(webhookEndpointWithSecretSchema, 'The endpoint with its new secret'), ...adminErrors, ...notFound },
});
const deliveriesRoute = createRoute({
  method: 'get',
  path: '/admin/outbox',
  tags,
  summary: 'Email and webhook deliveries, newest first: status, attempts, last error, next attempt',
  request: { query: outboxListQuerySchema },
  responses: { 200: json(outboxListResponseSchema, 'One page of deliveries'), ...adminErrors },
});
const retryRoute = createRoute({
  method: 'post',
  path: '/admin/outbox/{id}/retry',
  tags,
  summary: 'Send a failed delivery again (from the next worker pass)',
  request: { params: outboxDeliveryParamsSchema },
  responses: { 200: json(outboxDeliverySchema, 'The delivery, pending again'), ...adminErrors, ...notFound, ...errorResponses(422) },
});

export function webhookAdminRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json({ items: await listWebhookEndpoints(deps.db) }, 200);
    })
    .openapi(createEndpointRoute, async (c) => c.json(await createWebhookEndpoint(deps, requireAdmin(c), c.req.valid('json')), 201))
    .openapi(updateRoute, async (c) =>
      c.json(await updateWebhookEndpoint(deps, requireAdmin(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(renewSecretRoute, async (c) => c.json(await renewWebhookSecret(deps, requireAdmin(c), c.req.valid('param').id), 200))
    .openapi(deliveriesRoute, async (c) => {
      requireAdmin(c);
      return c.json(await listDeliveries(deps.db, c.req.valid('query')), 200);
    })
    .openapi(retryRoute, async (c) => c.json(await retryDelivery(deps, requireAdmin(c), c.req.valid('param').id), 200));
}
