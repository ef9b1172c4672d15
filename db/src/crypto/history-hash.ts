// The hash chains of the history: each entry hashes its content and the hash of the entry before it,
// so changing, removing or reordering any stored entry breaks every hash after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedEventContent {
  requestId: string;
  seq: number;
  type: string;
  fromStatus: string;
  toStatus: string;
  fromLevel: number;
  toLevel: number;
  actorId: string;
  onBehalfOfId: string | null;
  appointmentId: string | null;
  comment: string | null;
  at: string;
  /** JSON of what the person had before them; null on events older than it, hashed without it (their hashes stand). */
  seen: string | null;
}

export interface HashedAuditContent {
  seq: number;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  at: string;
}

function chainHash(prevHash: string, fields: unknown[]): string {
  // A fixed field order makes the hash independent of how the object was built.
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export function hashEvent(prevHash: string, e: HashedEventContent): string {
  const fields: unknown[] = [
    e.requestId,
    e.seq,
    e.type,
    e.fromStatus,
    e.toStatus,
    e.fromLevel,
    e.toLevel,
    e.actorId,
    e.onBehalfOfId,
    e.appointmentId,
    e.comment,
    e.at,
  ];
  // Appended only when present, so an event stored before `seen` existed hashes exactly as it did.
  if (e.seen !== null) fields.push(e.seen);
  return chainHash(prevHash, fields);
}

export function hashAuditEntry(prevHash: string, e: HashedAuditContent): string {
  return chainHash(prevHash, [e.seq, e.actorId, e.action, e.entityType, e.entityId, e.before, e.after, e.at]);
}
