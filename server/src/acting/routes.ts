// /api/appointments: acting appointments (รักษาราชการแทน / ปฏิบัติราชการแทน) by written order, listed, made and revoked.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { appointmentIdParamsSchema, appointmentListSchema, createAppointmentBodySchema } from '@bmrts/shared';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { createAppointment, listAppointments, revokeAppointment } from './appointment-service';

const tags = ['acting appointments'];

const listRoute = createRoute({
  method: 'get',
  path: '/appointments',
  tags,
  summary: 'Acting appointments: all for an administrator, otherwise those the caller is part of',
  description: 'Each carries the rules it breaks now (`violations`); one that breaks any grants nothing and is not `active`.',
  responses: { 200: json(appointmentListSchema, 'Newest first'), ...errorResponses(401) },
});

const createAppointmentRoute = createRoute({
  method: 'post',
  path: '/appointments',
  tags,
  summary: 'Appoint a person to act for another person, or at a level 5–8, for a period, by a written order',
  description:
    'The acting person must hold a review position at the level acted at or the one directly below, in the holder’s line ' +
    '(section for levels 2–3, division for 4, the office for 5–8). An administrator, a superior of the holder in that line, ' +
    'or the holder for themselves when HOLDERS_MAY_APPOINT is on, may appoint; a refusal names the rule (403 for the appointer, 422 for the people).',
  request: { body: { required: true, content: { 'application/json': { schema: createAppointmentBodySchema } } } },
  responses: { 201: json(z.object({ id: z.string() }), 'Appointed'), ...errorResponses(400, 401, 403, 422) },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/appointments/{id}',
  tags,
  summary: 'Revoke an appointment at once',
  request: { params: appointmentIdParamsSchema },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(400, 401, 404) },
});

export function appointmentRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => c.json({ items: await listAppointments(deps, requireCaller(c)) }, 200))
    .openapi(createAppointmentRoute, async (c) => {
      const id = await createAppointment(deps, requireCaller(c), c.req.valid('json'));
      return c.json({ id }, 201);
    })
    .openapi(revokeRoute, async (c) => {
      await revokeAppointment(deps, requireCaller(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
