// The administrative audit log: every change by an administrator, with before and after, in one hash chain.
import type { Kysely } from 'kysely';
import { GENESIS_HASH, hashAuditEntry, type HashedAuditContent } from '../crypto/history-hash';
import { ADVISORY_LOCKS, lockForTransaction } from '../postgres';
import type { AuditLogRow, Database } from '../schema';

export interface AuditChange {
  id: string;
  actorId: string;
  /** What was done, e.g. 'user.create', 'user.deactivate', 'routing_rules.replace'. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: string;
}

export function hashedContentOfAuditEntry(
  row: Pick<AuditLogRow, 'seq' | 'actor_id' | 'action' | 'entity_type' | 'entity_id' | 'before' | 'after' | 'at'>,
): HashedAuditContent {
  return {
    seq: row.seq,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    at: row.at,
  };
}

/** Appends one change to the audit chain. Call inside the transaction that made the change, so both or neither happen. */
export async function appendAuditEntry(trx: Kysely<Database>, change: AuditChange): Promise<void> {
  // One chain, one appender at a time: on PostgreSQL two transactions would otherwise both read seq n and
  // both write n + 1 (the unique seq would refuse one with a 500). Held until the transaction ends.
  await lockForTransaction(trx, ADVISORY_LOCKS.auditLog);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row = {
    id: change.id,
    seq: (last?.seq ?? 0) + 1,
    actor_id: change.actorId,
    action: change.action,
    entity_type: change.entityType,
    entity_id: change.entityId,
    before: change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
    after: change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
    at: change.at,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prevHash, hash: hashAuditEntry(prevHash, hashedContentOfAuditEntry(row)) })
    .execute();
}
