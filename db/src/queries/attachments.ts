// A request's attachments as its page lists them: read for every request page, so also for every decision's answer.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { precompiled } from '../precompiled';

const liveAttachmentsOf = precompiled((db, p: { requestId: string }) =>
  db
    .selectFrom('attachments')
    .innerJoin('users', 'users.id', 'attachments.uploaded_by')
    .select(['attachments.id', 'file_name', 'content_type', 'size_bytes', 'uploaded_by', 'users.display_name', 'uploaded_at'])
    .where('request_id', '=', p.requestId)
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('attachments.id'),
);

/** The request's attachments not removed, oldest first, with their uploader's name and without their contents. */
export function liveAttachments(db: Kysely<Database>, requestId: string) {
  return liveAttachmentsOf.execute(db, { requestId });
}
