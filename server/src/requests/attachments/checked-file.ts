// The one rule a file passes before it is kept, for both ways in (one file on a request, several with a new draft):
// size and emptiness first, then the name and the kind its bytes are, and the digest kept beside it.
import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Database } from '@bmrts/db';
import { assertAttachmentSize, classifyAttachment } from '@bmrts/shared';
import type { AppDeps, Caller } from '../../deps';

export interface CheckedFile {
  /** The name to store and serve, ending as its kind's files do. */
  fileName: string;
  contentType: string;
  /** The (cleaned) name it was sent under when that said another kind; else null. */
  renamedFrom: string | null;
  bytes: Uint8Array;
  sha256: string;
}

/** Throws AttachmentRefused (413, 400 or 415) for a file we do not keep; reads no bytes of one that is too large. */
export async function checkFile(file: File): Promise<CheckedFile> {
  assertAttachmentSize(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { fileName, contentType, renamedFrom } = classifyAttachment(file.name, bytes);
  return { fileName, contentType, renamedFrom, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The attachments row of a checked file, uploaded now by the caller. */
export function attachmentRow(
  deps: AppDeps,
  caller: Caller,
  requestId: string,
  id: string,
  file: CheckedFile,
): Insertable<Database['attachments']> {
  return {
    id,
    request_id: requestId,
    file_name: file.fileName,
    content_type: file.contentType,
    size_bytes: file.bytes.byteLength,
    sha256: file.sha256,
    content: Buffer.from(file.bytes),
    uploaded_by: caller.id,
    uploaded_at: deps.clock.now().toISOString(),
    removed_at: null,
    removed_by: null,
  };
}
