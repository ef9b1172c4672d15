// /api/surveys: what an invited user sees and answers. Administrators do not answer (403).
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { pendingSurveysResponseSchema, surveyResponseBodySchema, surveyResponseSchema, surveyRoundParamsSchema } from '@bmrts/shared';
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import { refuseAdministrators, submitResponse } from './answer-service';
import { pendingSurveys } from './pending';

const tags = ['surveys'];

/** Refuses administrators before the body is read, so they learn 403 and nothing about what an answer looks like. */
const answerersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  refuseAdministrators(requireCaller(c));
  await next();
};

const pendingRoute = createRoute({
  method: 'get',
  path: '/surveys/pending',
  tags,
  summary: 'Open survey rounds the caller is invited to, with the questions, the five labelled levels and the caller’s current answers',
  description:
    'The web asks on the home page, and for a budget unit again right after one of its requests is decided: `promptNow` says an ' +
    'answer is still wanted. A round the caller already answered stays listed (answered: true) so the answer can be changed until it closes. ' +
    'Administrators get an empty list: they are never invited.',
  responses: { 200: json(pendingSurveysResponseSchema, 'The open rounds for the caller'), ...errorResponses(401) },
});

const answerRoute = createRoute({
  method: 'put',
  path: '/surveys/{roundId}/response',
  tags,
  summary: 'Answer a survey round: one response per person, a later answer replaces the earlier one until the round closes',
  description:
    'Every scale question needs 1–5; text answers are optional (≤ 2000 characters). Before the round opens the answer is refused with 422 ' +
    '`survey_not_open`, from its closing time with 422 `survey_closed`, and nothing is stored. A round the caller is not invited to is 404. ' +
    'In an anonymous round the answers are stored with no link to the person (see docs/decisions/0005-anonymous-survey-responses.md).',
  middleware: [answerersOnly] as const,
  request: {
    params: surveyRoundParamsSchema,
    body: { required: true, content: { 'application/json': { schema: surveyResponseBodySchema } } },
  },
  responses: { 200: json(surveyResponseSchema, 'The answers as stored'), ...errorResponses(400, 401, 403, 404, 422) },
});

export function surveyRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(pendingRoute, async (c) => c.json(await pendingSurveys(deps, requireCaller(c)), 200))
    .openapi(answerRoute, async (c) => {
      const caller = requireCaller(c);
      const saved = await submitResponse(deps, caller, c.req.valid('param').roundId, c.req.valid('json'), c.get('lang'));
      return c.json(saved, 200);
    });
}
