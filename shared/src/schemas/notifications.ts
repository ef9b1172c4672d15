// In-app notifications: what changed about the caller's unit's requests, and what arrived for their decision.
import { z } from 'zod';
import { REQUEST_EVENT_TYPES, REQUEST_STATUSES } from '../status';
import { MAX_PAGE_SIZE } from './api';

/**
 * 'arrived': a request now waits for the reader's decision; 'moved', 'returned', 'decided': news about a request
 * of the reader's own unit. From the scheduler: 'reminder' (a request the reader holds has passed its level's target),
 * 'escalation' (a request at the level below the reader's has passed twice its target), 'late' (the reader's unit's
 * request has passed twice its target at the level that holds it). 'withdrawn': the unit withdrew a request that was
 * waiting for the reader's decision.
 */
export const NOTIFICATION_KINDS = ['arrived', 'moved', 'returned', 'decided', 'reminder', 'escalation', 'late', 'withdrawn'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationListQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  eventType: z.enum(REQUEST_EVENT_TYPES),
  fromLevel: z.number().int(),
  toLevel: z.number().int(),
  toStatus: z.enum(REQUEST_STATUSES),
  createdAt: z.string().describe('UTC ISO-8601 instant'),
  readAt: z.string().nullable(),
  by: z
    .object({ displayName: z.string(), onBehalfOf: z.string().nullable().describe('Whom they acted for, when acting') })
    .nullable()
    .describe('Who made the decision it tells of; null for the scheduler’s notices'),
  reason: z.string().nullable().describe('The decision’s comment, shortened to about two lines; null when it had none'),
  request: z.object({ id: z.string(), trackingNo: z.string(), title: z.string() }),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListResponseSchema = z.object({
  items: z.array(notificationSchema).describe('Newest first'),
  unreadCount: z.number().int().describe('Unread notifications of the caller in all, not only on this page'),
  nextCursor: z.string().nullable(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;

export const MAX_NOTIFICATIONS_MARKED = 200;
export const markNotificationsReadBodySchema = z
  .strictObject({
    ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_NOTIFICATIONS_MARKED).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => body.ids !== undefined || body.all === true, { message: 'ids_or_all', path: ['ids'] });
export type MarkNotificationsReadBody = z.infer<typeof markNotificationsReadBodySchema>;
