// /api/me/contact: the caller's own contact details (their office telephone extension). A person changes only their
// own here; an administrator changes anyone's through /api/admin/users/{id}.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { NotFound, contactDetailsSchema, updateContactDetailsBodySchema, type ContactDetails } from '@bmrts/shared';
import type { AppDeps, AppEnv } from '../deps';
import { requireCaller } from '../auth/middleware';
import { validationHook } from '../http/errors';
import { errorResponses, json } from '../http/openapi-responses';

const tags = ['people'];

const getRoute = createRoute({
  method: 'get',
  path: '/me/contact',
  tags,
  summary: 'The caller’s own contact details',
  responses: { 200: json(contactDetailsSchema, 'The contact details'), ...errorResponses(401) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/me/contact',
  tags,
  summary: 'Replaces the caller’s own contact details',
  description: 'The extension is shown beside the person’s name wherever they hold a request; an empty one clears it.',
  request: { body: { required: true, content: { 'application/json': { schema: updateContactDetailsBodySchema } } } },
  responses: { 200: json(contactDetailsSchema, 'The contact details as saved'), ...errorResponses(400, 401) },
});

async function loadContact(db: Kysely<Database>, userId: string): Promise<ContactDetails> {
  const row = await db.selectFrom('users').select('phone_extension').where('id', '=', userId).executeTakeFirst();
  if (!row) throw new NotFound();
  return { phoneExtension: row.phone_extension };
}

export function contactRoutes(deps: AppDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(getRoute, async (c) => c.json(await loadContact(deps.db, requireCaller(c).id), 200))
    .openapi(putRoute, async (c) => {
      const caller = requireCaller(c);
      const { phoneExtension } = c.req.valid('json');
      await deps.db
        .updateTable('users')
        .set({ phone_extension: phoneExtension, updated_at: deps.clock.now().toISOString() })
        .where('id', '=', caller.id)
        .execute();
      return c.json(await loadContact(deps.db, caller.id), 200);
    });
}
