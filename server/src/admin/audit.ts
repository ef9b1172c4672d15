// Writes one administrative change to the hash-chained audit log, inside the transaction that made the change.
import type { Kysely } from 'kysely';
import { appendAuditEntry, type Database } from '@bmrts/db';
import type { AppDeps, Caller } from '../deps';

export interface AdminChange {
  action: string;
  entityType: string;
  entityId: string;
  /** The entity as the API shows it (never a password hash); null when created. */
  before: unknown;
  /** The entity as the API shows it afterwards; null when removed. */
  after: unknown;
}

export function recordChange(deps: AppDeps, trx: Kysely<Database>, actor: Caller, change: AdminChange): Promise<void> {
  return appendAuditEntry(trx, { id: deps.ids.newId(), actorId: actor.id, at: deps.clock.now().toISOString(), ...change });
}

/** Whether a change changed anything; an edit that sets every field to what it was leaves no audit entry. */
export function changed(before: unknown, after: unknown): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
