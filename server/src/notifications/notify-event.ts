// Writes the in-app notifications of one workflow event, inside the transaction that records the event.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  AT_REVIEW_LEVEL_STATUSES,
  FIRST_REVIEW_LEVEL,
  DECIDED_STATUSES,
  positionOf,
  type NotificationKind,
  type RequestEventType,
  type RequestStatus,
} from '@bmrts/shared';
import { levelHolders, unitStaff } from './recipients';
import { insertNotifications, type NotificationDeps } from './store';

export interface NotifiedEvent {
  requestId: string;
  unitCode: string;
  type: RequestEventType;
  fromLevel: number;
  toLevel: number;
  toStatus: RequestStatus;
  actorId: string;
  at: string;
  /** Its seq in the request's history. */
  eventSeq: number;
}

/** What the unit's staff hear of this event, if anything; a withdrawal is the unit's own doing, so it tells them nothing. */
export function unitNoticeOf(event: Pick<NotifiedEvent, 'type' | 'toStatus'>): NotificationKind | null {
  if (DECIDED_STATUSES.includes(event.toStatus)) return 'decided';
  if (event.type === 'RETURN') return 'returned';
  if (AT_REVIEW_LEVEL_STATUSES.includes(event.toStatus)) return 'moved';
  return null;
}

/** The level whose holders now have the request on their desk, if any; the Council's decision is recorded at level 8. */
export function arrivalLevelOf(event: Pick<NotifiedEvent, 'toLevel' | 'toStatus'>): number | null {
  const desk = positionOf({ status: event.toStatus, level: event.toLevel }).deskLevel;
  // The unit's own desk (level 1) hears through unitNoticeOf instead.
  return desk !== null && desk > 1 ? desk : null;
}

/** The level whose holders had the request on their desk until its unit withdrew it (level 8 while the Council decides). */
export function withdrawnFromLevelOf(event: Pick<NotifiedEvent, 'type' | 'fromLevel'>): number | null {
  return event.type === 'WITHDRAW' && event.fromLevel >= FIRST_REVIEW_LEVEL ? event.fromLevel : null;
}

export async function notifyEvent(trx: Kysely<Database>, deps: NotificationDeps, event: NotifiedEvent): Promise<void> {
  const recipients = new Map<string, NotificationKind>();
  const unitKind = unitNoticeOf(event);
  if (unitKind) for (const id of await unitStaff(trx, event.unitCode)) recipients.set(id, unitKind);
  const arrivalLevel = arrivalLevelOf(event);
  if (arrivalLevel !== null) for (const id of await levelHolders(trx, arrivalLevel, event.unitCode)) recipients.set(id, 'arrived');
  const withdrawnFrom = withdrawnFromLevelOf(event);
  if (withdrawnFrom !== null) for (const id of await levelHolders(trx, withdrawnFrom, event.unitCode)) recipients.set(id, 'withdrawn');
  // The person who acted already knows.
  recipients.delete(event.actorId);
  await insertNotifications(
    trx,
    deps,
    [...recipients].map(([userId, kind]) => ({
      userId,
      requestId: event.requestId,
      kind,
      eventType: event.type,
      fromLevel: event.fromLevel,
      toLevel: event.toLevel,
      toStatus: event.toStatus,
      at: event.at,
      eventSeq: event.eventSeq,
    })),
  );
}
