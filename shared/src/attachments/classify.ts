// The one rule for every file accepted as an attachment: a name that is only a name, never a program's or a page's,
// a kind read from the bytes, and the stored name ending as that kind's files do.
import { AttachmentRefused } from '../errors';
import { ATTACHMENT_CONTENT_TYPES, ATTACHMENT_EXTENSIONS, MAX_ATTACHMENT_BYTES, attachmentKindOf, type AttachmentKind } from './file-type';
import { nameWithExtension, sanitizeFileName } from './file-name';
import { isRefusedName } from './refused-names';

export interface ClassifiedAttachment {
  kind: AttachmentKind;
  contentType: string;
  /** The name to store and serve. */
  fileName: string;
  /** The (cleaned) name it was sent under when that said another kind, so the uploader can be told; else null. */
  renamedFrom: string | null;
}

/**
 * Throws AttachmentRefused (415) for a program or script name, whatever the bytes, and for bytes of a kind we do not
 * keep; a file of a kind we keep under another kind's name (a PDF sent as budget.doc) is renamed (budget.pdf), since
 * the saved file is opened by its name.
 */
export function classifyAttachment(sentName: string, bytes: Uint8Array): ClassifiedAttachment {
  const cleanName = sanitizeFileName(sentName);
  if (isRefusedName(cleanName)) throw new AttachmentRefused('attachment_name_not_allowed');
  const kind = attachmentKindOf(bytes, cleanName);
  const fileName = nameWithExtension(cleanName, ATTACHMENT_EXTENSIONS[kind]);
  return { kind, contentType: ATTACHMENT_CONTENT_TYPES[kind], fileName, renamedFrom: fileName === cleanName ? null : cleanName };
}

/**
 * The checks on a file's size, made before its bytes are read: over 10 MiB (413) or empty (400). The server asks it
 * of every upload and the create form of every file chosen, so a file the form lets through is one the server keeps.
 */
export function assertAttachmentSize(sizeBytes: number): void {
  if (sizeBytes > MAX_ATTACHMENT_BYTES) throw new AttachmentRefused('attachment_too_large');
  if (sizeBytes === 0) throw new AttachmentRefused('attachment_empty');
}
