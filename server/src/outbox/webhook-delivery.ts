// Delivers one webhook message: POSTs the fixed JSON body, signed with the endpoint's secret, and reads only the status.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OutboxRow } from '@bmrts/db';
import { isWebhookUrl } from '@bmrts/shared';
import type { Outcome } from './claim';

/** "sha256=<hex HMAC-SHA256 of the raw body>", the X-BMRTS-Signature header. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export async function deliverWebhook(db: Kysely<Database>, row: OutboxRow, now: Date, timeoutMs: number): Promise<Outcome> {
  const endpoint = row.endpoint_id
    ? await db.selectFrom('webhook_endpoints').select(['url', 'secret', 'active']).where('id', '=', row.endpoint_id).executeTakeFirst()
    : undefined;
  if (!endpoint || endpoint.active !== 1) return { kind: 'skipped', reason: 'the endpoint was removed or deactivated' };
  if (!isWebhookUrl(endpoint.url) || row.payload === null) return { kind: 'skipped', reason: 'not an http(s) address' };
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'BMRTS-Webhook/1',
        'x-bmrts-signature': webhookSignature(endpoint.secret, row.payload),
        'x-bmrts-delivery': row.id,
        'x-bmrts-event': row.topic,
        'x-bmrts-timestamp': now.toISOString(),
      },
      body: row.payload,
      // A redirect is not followed: it could point the server at an address the administrator never registered.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Only the status matters; the body is dropped unread.
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { kind: 'sent', statusCode: response.status };
    return { kind: 'failed', statusCode: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const message =
      error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { kind: 'failed', statusCode: null, error: message };
  }
}
