// Email settings of each user, webhook endpoints and the outbox's delivery log (issue 9 parts 1 and 2).
import { z } from 'zod';
import { EMAIL_MAX, WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX } from '../limits';
import { REQUEST_EVENT_TYPES } from '../status';
import { NOTIFICATION_KINDS } from './notifications';
import { idParam } from './common';
import { boundedText } from './text';

const isoDateTime = z.string().describe('UTC ISO-8601 instant');

// ---- the caller's email settings ----
export const EMAIL_LANGUAGES = ['th', 'en'] as const;
const emailKinds = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<(typeof NOTIFICATION_KINDS)[number], z.ZodBoolean>,
);

export const notificationSettingsSchema = z.object({
  email: z.string().nullable().describe('Where email notifications go; null sends none'),
  language: z.enum(EMAIL_LANGUAGES).describe('Language of the emails'),
  emailKinds: emailKinds.describe('Which kinds of notification also come by email (all on unless turned off)'),
  emailEnabled: z.boolean().describe('Whether this server sends email at all (SMTP configured)'),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

// A kind left out keeps its setting, so a client that knows fewer kinds than this server (an open page from before an
// upgrade added one) can still save.
const emailKindsUpdate = emailKinds.partial();

export const updateNotificationSettingsBodySchema = z.strictObject({
  email: z.union([z.email().max(EMAIL_MAX), z.literal(''), z.null()]).describe('Empty or null removes the address'),
  language: z.enum(EMAIL_LANGUAGES),
  emailKinds: emailKindsUpdate.describe('true: also by email; false: not; left out: as before'),
});
export type UpdateNotificationSettingsBody = z.infer<typeof updateNotificationSettingsBodySchema>;

// ---- webhook endpoints (administrators) ----
export const WEBHOOK_URL_RULE = 'webhook_url_scheme';
/** Only http(s), with a host and no user name or password: a webhook must never make the server open file:, ftp: or other schemes. */
const WEBHOOK_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
export function isWebhookUrl(value: string): boolean {
  return WEBHOOK_URL.test(value);
}
const webhookUrl = boundedText(1, WEBHOOK_URL_MAX).refine(isWebhookUrl, { message: WEBHOOK_URL_RULE });
const eventTypes = z
  .array(z.enum(REQUEST_EVENT_TYPES))
  .min(1)
  .max(REQUEST_EVENT_TYPES.length)
  .refine((a) => new Set(a).size === a.length, { message: 'duplicate_event_types' });

export const webhookEndpointSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.enum(REQUEST_EVENT_TYPES)),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

export const webhookEndpointListResponseSchema = z.object({ items: z.array(webhookEndpointSchema) });

export const createWebhookEndpointBodySchema = z.strictObject({
  url: webhookUrl,
  description: boundedText(0, WEBHOOK_DESCRIPTION_MAX).default(''),
  eventTypes,
  active: z.boolean().default(true),
});
export type CreateWebhookEndpointBody = z.infer<typeof createWebhookEndpointBodySchema>;

export const updateWebhookEndpointBodySchema = z.strictObject({
  url: webhookUrl.optional(),
  description: boundedText(0, WEBHOOK_DESCRIPTION_MAX).optional(),
  eventTypes: eventTypes.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookEndpointBody = z.infer<typeof updateWebhookEndpointBodySchema>;

/** The endpoint with its secret: answered only when the endpoint is made or its secret renewed. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({
  secret: z.string().describe('HMAC-SHA256 key of X-BMRTS-Signature; shown this once, never again'),
});
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

export const webhookEndpointParamsSchema = z.strictObject({ id: idParam });

// ---- the delivery log (administrators) ----
export const OUTBOX_CHANNELS = ['email', 'webhook'] as const;
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

export const outboxListQuerySchema = z.strictObject({
  channel: z.enum(OUTBOX_CHANNELS).optional(),
  status: z.enum(OUTBOX_STATUSES).optional(),
  endpointId: idParam.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutboxListQuery = z.infer<typeof outboxListQuerySchema>;

export const outboxDeliverySchema = z.object({
  id: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  topic: z.string().describe('Notification kind (email) or request event type (webhook)'),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: isoDateTime.nullable().describe('When it is tried again; null once sent, failed or skipped'),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  recipient: z.string().nullable().describe('The endpoint URL, or the recipient’s username (never the address)'),
  trackingNo: z.string().nullable(),
});
export type OutboxDelivery = z.infer<typeof outboxDeliverySchema>;

export const outboxListResponseSchema = z.object({
  items: z.array(outboxDeliverySchema).describe('Newest first'),
  nextCursor: z.string().nullable(),
});
export type OutboxListResponse = z.infer<typeof outboxListResponseSchema>;

export const outboxDeliveryParamsSchema = z.strictObject({ id: z.string().min(1).max(200) });

/** The JSON body of every webhook delivery; the same bytes on every attempt. */
export interface WebhookEventBody {
  /** The request event's id: the same event delivered twice has the same id (deliveries are at least once). */
  id: string;
  type: (typeof REQUEST_EVENT_TYPES)[number];
  request: { id: string; trackingNo: string; requestType: string; unitCode: string };
  from: { level: number; status: string };
  to: { level: number; status: string };
  /** The level at which the actor acted (1 for the unit), and whether acting for someone; no names. */
  actor: { level: number | null; acting: boolean };
  at: string;
}
