// /api/admin/surveys: survey rounds for administrators (list, create, read, edit until opening, delete while unanswered)
// and their results, comparison, printable summary and exports. Mounted under the admin capability's gate.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  createSurveyRoundBodySchema,
  surveyRoundListQuerySchema,
  surveyRoundListResponseSchema,
  surveyRoundParamsSchema,
  surveyRoundSchema,
  updateSurveyRoundBodySchema,
} from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireAdmin } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { adminErrors, jsonBody, noContent, notFound } from '../admin/openapi';
import { findRound, listRounds, responseCount } from './round-queries';
import { roundView } from './round-record';
import { createRound, deleteRound, updateRound } from './round-service';
import { surveyResultRoutes } from './results-routes';

const tags = ['surveys (admin)'];
const params = { params: surveyRoundParamsSchema };

const listRoute = createRoute({
  method: 'get',
  path: '/admin/surveys',
  tags,
  summary: 'Survey rounds, latest opening first, keyset-paginated',
  request: { query: surveyRoundListQuerySchema },
  responses: { 200: json(surveyRoundListResponseSchema, 'One page of rounds'), ...adminErrors },
});
const createRoundRoute = createRoute({
  method: 'post',
  path: '/admin/surveys',
  tags,
  summary:
    'Create a round; without questions it starts from the default questionnaire (overall satisfaction, ease of use, speed of tracking, accuracy of status, usefulness of notifications, suggestions)',
  request: jsonBody(createSurveyRoundBodySchema),
  responses: { 201: json(surveyRoundSchema, 'The new round'), ...adminErrors },
});
const getRoute = createRoute({
  method: 'get',
  path: '/admin/surveys/{roundId}',
  tags,
  summary: 'One round with its questionnaire',
  request: params,
  responses: { 200: json(surveyRoundSchema, 'The round'), ...adminErrors, ...notFound },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/admin/surveys/{roundId}',
  tags,
  summary: 'Edit a round: everything before it opens; once open only the title and closing time (409 survey_frozen otherwise)',
  request: { ...params, ...jsonBody(updateSurveyRoundBodySchema) },
  responses: { 200: json(surveyRoundSchema, 'The round after the edit'), ...adminErrors, ...errorResponses(404, 409) },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/admin/surveys/{roundId}',
  tags,
  summary: 'Delete a round nobody has answered (409 survey_has_responses otherwise)',
  request: params,
  responses: { ...noContent, ...adminErrors, ...errorResponses(404, 409) },
});

function roundRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      requireAdmin(c);
      return c.json(await listRounds(deps.db, c.req.valid('query'), deps.clock.now()), 200);
    })
    .openapi(createRoundRoute, async (c) => c.json(await createRound(deps, requireAdmin(c), c.req.valid('json'), c.get('lang')), 201))
    .openapi(getRoute, async (c) => {
      requireAdmin(c);
      const { roundId } = c.req.valid('param');
      const round = await findRound(deps.db, roundId);
      return c.json(roundView(round, await responseCount(deps.db, roundId), deps.clock.now()), 200);
    })
    .openapi(updateRoute, async (c) =>
      c.json(await updateRound(deps, requireAdmin(c), c.req.valid('param').roundId, c.req.valid('json'), c.get('lang')), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteRound(deps, requireAdmin(c), c.req.valid('param').roundId);
      return c.body(null, 204);
    });
}

export function surveyAdminRoutes(deps: AppDeps) {
  // The result routes first: GET /admin/surveys/compare must be matched before GET /admin/surveys/{roundId}.
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).route('/', surveyResultRoutes(deps)).route('/', roundRoutes(deps));
}
