// The hash chain over a request's events: each entry hashes its content and the hash of the entry before.
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
  comment: string | null;
  at: string;
}

export function hashEvent(prevHash: string, event: HashedEventContent): string {
  // A fixed field order makes the hash independent of how the object was built.
  const canonical = JSON.stringify([
    event.requestId, event.seq, event.type, event.fromStatus, event.toStatus, event.fromLevel,
    event.toLevel, event.actorId, event.onBehalfOfId, event.comment, event.at,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
