// /api/requests: list, create, read, edit, and send one workflow event.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import {
  createRequestBodySchema,
  requestEventBodySchema,
  requestIdParamsSchema,
  requestListQuerySchema,
  requestListResponseSchema,
  requestViewSchema,
  updateRequestBodySchema,
} from '@bmrts/shared';
import { readerOf, type AppDeps, type AppEnv, type Caller } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';
import type { AppCaches } from '../cache/app-caches';
import { requestHistory, requestRevisions } from '@bmrts/db';
import { listRequests } from './queries';
import { listContextOf } from './overdue-filter';
import { listAttachments } from './attachments/queries';
import { hasResubmission } from './revisions';
import { toView } from './request-view';
import { holdersOfRequest } from './position-holders';
import { deskOfRow, summariesOf } from './summaries';
import { loadTimeliness } from '../timeliness/context';
import { predictRequest } from '../timeliness/predict-request';
import {
  allowedActionsFor,
  applyEvent,
  createRequest,
  createRequestWithFiles,
  levelsApprovedBy,
  loadVisibleRequest,
  mayEdit,
  updateRequest,
} from './service';
import { createWithAttachmentsRoute, filesOfPart, requestContentOfPart } from './create-with-attachments';
import { requireDatedContentSound } from './dated-content';
import { mayAttach, mayRemove } from './attachments/may-attach';

const tags = ['requests'];
const jsonBody = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });

const listRoute = createRoute({
  method: 'get',
  path: '/requests',
  tags,
  summary: 'Requests in the caller’s scope, newest first, keyset-paginated',
  request: { query: requestListQuerySchema },
  responses: { 200: json(requestListResponseSchema, 'One page of requests'), ...errorResponses(400, 401) },
});

const createRequestRoute = createRoute({
  method: 'post',
  path: '/requests',
  tags,
  summary: 'A budget-unit user creates a draft for their own unit',
  request: jsonBody(createRequestBodySchema),
  responses: { 201: json(requestViewSchema, 'The new draft'), ...errorResponses(400, 401, 403) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/requests/{id}',
  tags,
  summary: 'One request with its route, the actions the caller may take now, and its full history',
  request: { params: requestIdParamsSchema },
  responses: { 200: json(requestViewSchema, 'The request'), ...errorResponses(400, 401, 404) },
});

const updateRoute = createRoute({
  method: 'put',
  path: '/requests/{id}',
  tags,
  summary: 'The unit edits a draft or a returned request',
  request: { params: requestIdParamsSchema, ...jsonBody(updateRequestBodySchema) },
  responses: { 200: json(requestViewSchema, 'The edited request'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});

const eventRoute = createRoute({
  method: 'post',
  path: '/requests/{id}/events',
  tags,
  summary: 'Send one workflow event (submit, approve, return, send back, reject, withdraw, resubmit, council decision)',
  description:
    'Applied in one transaction only if `version` still matches; the event is appended to the hash-chained history. ' +
    '409 when someone acted first; 422 when the workflow does not allow the event now (the code says why).',
  request: { params: requestIdParamsSchema, ...jsonBody(requestEventBodySchema) },
  responses: { 200: json(requestViewSchema, 'The request after the event'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});

export function requestRoutes(deps: AppDeps, caches: AppCaches) {
  async function view(caller: Caller, id: string) {
    const row = await loadVisibleRequest(readerOf(deps), caller, id);
    const history = await requestHistory(readerOf(deps), id);
    const approvedAt = levelsApprovedBy(history, caller.id);
    const now = deps.clock.now();
    const timeliness = await loadTimeliness(caches);
    const page = {
      // Only a resubmitted request shows what changed; most pages (and every first-pass decision) need no revisions.
      revisions: hasResubmission(history) ? await requestRevisions(readerOf(deps), id) : [],
      attachments: (await listAttachments(readerOf(deps), id)).map((a) => ({ ...a, mayRemove: mayRemove(caller, row, a.uploadedBy.id) })),
      prediction: await predictRequest(row, now, timeliness, caches.levelSamples),
    };
    const rights = {
      allowedActions: allowedActionsFor(caller, row, approvedAt),
      mayEdit: mayEdit(caller, row),
      mayAttach: mayAttach(caller, row),
    };
    const heldBy = await holdersOfRequest(readerOf(deps), deskOfRow(row), now.toISOString(), deps.config.holdersMayAppoint);
    return toView(row, history, rights, now, timeliness, page, heldBy);
  }

  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => {
      const caller = requireCaller(c);
      const query = c.req.valid('query');
      const now = deps.clock.now();
      const timeliness = await loadTimeliness(caches);
      const context = listContextOf(query, now, timeliness);
      const { rows, nextCursor } = await listRequests(readerOf(deps), caller.scope, query, context);
      return c.json({ items: await summariesOf(deps, rows, now, timeliness), nextCursor }, 200);
    })
    .openapi(createRequestRoute, async (c) => {
      const caller = requireCaller(c);
      const content = c.req.valid('json');
      requireDatedContentSound(content, deps.clock, c.get('lang') ?? 'th');
      const id = await createRequest(deps, caller, content);
      return c.json(await view(caller, id), 201);
    })
    .openapi(createWithAttachmentsRoute, async (c) => {
      const caller = requireCaller(c);
      const form = c.req.valid('form');
      const content = requestContentOfPart(form.request, c.get('lang') ?? 'th');
      requireDatedContentSound(content, deps.clock, c.get('lang') ?? 'th');
      const id = await createRequestWithFiles(deps, caller, content, filesOfPart(form.files));
      return c.json(await view(caller, id), 201);
    })
    .openapi(getRoute, async (c) => {
      const caller = requireCaller(c);
      return c.json(await view(caller, c.req.valid('param').id), 200);
    })
    .openapi(updateRoute, async (c) => {
      const caller = requireCaller(c);
      const { id } = c.req.valid('param');
      const { version, content } = c.req.valid('json');
      requireDatedContentSound(content, deps.clock, c.get('lang') ?? 'th');
      await updateRequest(deps, caller, id, version, content);
      return c.json(await view(caller, id), 200);
    })
    .openapi(eventRoute, async (c) => {
      const caller = requireCaller(c);
      const { id } = c.req.valid('param');
      await applyEvent(deps, caller, id, c.req.valid('json'));
      return c.json(await view(caller, id), 200);
    });
}
