// Reads of a request's attachments: the list on the request page (without contents) and one file to download.
import type { Kysely } from 'kysely';
import { liveAttachments, type Database } from '@bmrts/db';
import type { Attachment } from '@bmrts/shared';

/** Attachments not removed, oldest first. */
export async function listAttachments(db: Kysely<Database>, requestId: string): Promise<Attachment[]> {
  const rows = await liveAttachments(db, requestId);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    contentType: r.content_type,
    sizeBytes: Number(r.size_bytes),
    uploadedBy: { id: r.uploaded_by, displayName: r.display_name },
    uploadedAt: r.uploaded_at,
  }));
}

/** One attachment of this request that has not been removed; a removed one is gone for everyone but the record. */
export function findLiveAttachment(db: Kysely<Database>, requestId: string, attachmentId: string) {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('request_id', '=', requestId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}
