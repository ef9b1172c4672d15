// Webhook endpoints as administrators register them: URL, event types, active flag; the secret is shown once. Each change audited.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  NotFound,
  REQUEST_EVENT_TYPES,
  type CreateWebhookEndpointBody,
  type RequestEventType,
  type UpdateWebhookEndpointBody,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { changed, recordChange } from './audit';

/** 32 random bytes, hex: the HMAC-SHA256 key of one endpoint. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('hex')}`;
}

async function eventTypesByEndpoint(db: Kysely<Database>, ids: string[]): Promise<Map<string, RequestEventType[]>> {
  const byEndpoint = new Map<string, RequestEventType[]>();
  if (ids.length === 0) return byEndpoint;
  const rows = await db.selectFrom('webhook_subscriptions').select(['endpoint_id', 'event_type']).where('endpoint_id', 'in', ids).execute();
  for (const row of rows) byEndpoint.set(row.endpoint_id, [...(byEndpoint.get(row.endpoint_id) ?? []), row.event_type as RequestEventType]);
  // In the workflow's order, whatever order they were stored in.
  for (const [id, types] of byEndpoint)
    byEndpoint.set(
      id,
      REQUEST_EVENT_TYPES.filter((t) => types.includes(t)),
    );
  return byEndpoint;
}

const ENDPOINT_COLUMNS = ['id', 'url', 'description', 'active', 'created_at', 'updated_at'] as const;

export async function listWebhookEndpoints(db: Kysely<Database>): Promise<WebhookEndpoint[]> {
  const rows = await db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS).orderBy('created_at').orderBy('id').execute();
  const types = await eventTypesByEndpoint(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    description: r.description,
    eventTypes: types.get(r.id) ?? [],
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

async function loadEndpoint(db: Kysely<Database>, id: string): Promise<WebhookEndpoint> {
  const row = await db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound();
  const types = await eventTypesByEndpoint(db, [id]);
  return {
    id,
    url: row.url,
    description: row.description,
    eventTypes: types.get(id) ?? [],
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function replaceSubscriptions(trx: Kysely<Database>, endpointId: string, eventTypes: readonly RequestEventType[]): Promise<void> {
  await trx.deleteFrom('webhook_subscriptions').where('endpoint_id', '=', endpointId).execute();
  await trx
    .insertInto('webhook_subscriptions')
    .values(eventTypes.map((event_type) => ({ endpoint_id: endpointId, event_type })))
    .execute();
}

export async function createWebhookEndpoint(
  deps: AppDeps,
  admin: Caller,
  body: CreateWebhookEndpointBody,
): Promise<WebhookEndpointWithSecret> {
  const id = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  const secret = newSecret();
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('webhook_endpoints')
      .values({
        id,
        url: body.url,
        description: body.description,
        secret,
        active: body.active ? 1 : 0,
        created_by: admin.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await replaceSubscriptions(trx, id, body.eventTypes);
    const endpoint = await loadEndpoint(trx, id);
    // The audit log holds the endpoint as the API shows it, never its secret.
    await recordChange(deps, trx, admin, {
      action: 'webhook.create',
      entityType: 'webhook_endpoint',
      entityId: id,
      before: null,
      after: endpoint,
    });
    return { ...endpoint, secret };
  });
}

export async function updateWebhookEndpoint(
  deps: AppDeps,
  admin: Caller,
  id: string,
  body: UpdateWebhookEndpointBody,
): Promise<WebhookEndpoint> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, id);
    await trx
      .updateTable('webhook_endpoints')
      .set({
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    if (body.eventTypes) await replaceSubscriptions(trx, id, body.eventTypes);
    const after = await loadEndpoint(trx, id);
    const { updatedAt: _b, ...beforeFields } = before;
    const { updatedAt: _a, ...afterFields } = after;
    if (changed(beforeFields, afterFields)) {
      await recordChange(deps, trx, admin, { action: 'webhook.update', entityType: 'webhook_endpoint', entityId: id, before, after });
    }
    return after;
  });
}

/** A new secret, shown this once; deliveries still waiting are signed with it from their next attempt. */
export async function renewWebhookSecret(deps: AppDeps, admin: Caller, id: string): Promise<WebhookEndpointWithSecret> {
  const secret = newSecret();
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, id);
    await trx.updateTable('webhook_endpoints').set({ secret, updated_at: deps.clock.now().toISOString() }).where('id', '=', id).execute();
    const after = await loadEndpoint(trx, id);
    await recordChange(deps, trx, admin, { action: 'webhook.renew_secret', entityType: 'webhook_endpoint', entityId: id, before, after });
    return { ...after, secret };
  });
}
