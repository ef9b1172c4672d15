// What the file pickers offer first, from the kinds the server keeps; only a hint, since the server decides by the bytes.
import { ATTACHMENT_EXTENSIONS } from '@bmrts/shared';

export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_EXTENSIONS)
  .flat()
  .map((extension) => `.${extension}`)
  .join(',');
