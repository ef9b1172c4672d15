// A file's size as people read it (bytes, KB, MB), for the request page's attachments and the files chosen in the form.
import type { TFunction } from 'i18next';

export function fileSizeText(t: TFunction, bytes: number): string {
  if (bytes < 1024) return t('attachments.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('attachments.kb', { n: (bytes / 1024).toFixed(1) });
  return t('attachments.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
}
