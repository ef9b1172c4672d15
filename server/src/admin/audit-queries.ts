// Reads the audit log newest first, a page at a time (keyset on seq), with each actor's display name.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { AuditEntry, AuditListQuery } from '@bmrts/shared';

export async function listAuditEntries(
  db: Kysely<Database>,
  query: AuditListQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('audit_log')
    .innerJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.seq',
      'audit_log.actor_id',
      'users.display_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.at',
    ])
    .orderBy('audit_log.seq', 'desc')
    .limit(query.limit + 1);
  if (query.entityType) q = q.where('audit_log.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('audit_log.entity_id', '=', query.entityId);
  if (query.cursor !== undefined) q = q.where('audit_log.seq', '<', query.cursor);
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      seq: r.seq,
      actor: { id: r.actor_id, displayName: r.display_name },
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
      at: r.at,
    })),
    nextCursor: rows.length > query.limit && last ? String(last.seq) : null,
  };
}
