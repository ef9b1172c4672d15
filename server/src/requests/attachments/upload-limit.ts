// How large an upload's body may be, checked while it streams in (before it is parsed), so a huge body is cut off
// early: room for each file of the largest allowed size, with its multipart boundary and part headers, plus `extra`.
import { bodyLimit } from 'hono/body-limit';
import { AttachmentRefused, MAX_ATTACHMENT_BYTES } from '@bmrts/shared';

/** Room for the multipart boundaries and part headers around a file of the largest allowed size. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export function attachmentBodyLimit(files: number, extraBytes = 0) {
  return bodyLimit({
    maxSize: files * (MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES) + extraBytes,
    onError: () => {
      throw new AttachmentRefused('attachment_too_large');
    },
  });
}
