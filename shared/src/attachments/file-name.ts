// A stored attachment name that is only a name: no folders, no control or direction-changing characters, bounded.

export const MAX_FILE_NAME_LENGTH = 200;
const FALLBACK_NAME = 'attachment';

/**
 * Control characters, characters Windows refuses in names, the bidirectional overrides that can make
 * "invoice‮fdp.exe" display as "invoiceexe.pdf", and lone surrogates (with /u only unpaired ones match), which the
 * database could not store as written (see isStorableText).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f"*:<>?|\u200e\u200f\u202a-\u202e\u2066-\u2069\uD800-\uDFFF]/gu;

/** Keeps the last path segment of what the browser sent, cleaned, and cut to length with its extension kept. */
export function sanitizeFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '').trim();
  const chars = [...cleaned];
  if (chars.length === 0) return FALLBACK_NAME;
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  // An extension longer than a few characters is not one worth keeping.
  const kept = extension.length > 0 && extension.length <= 10 ? extension : [];
  const base = [...(kept.length > 0 ? cleaned.slice(0, dot) : cleaned)].slice(0, MAX_FILE_NAME_LENGTH - kept.length);
  return base.join('').trimEnd() + kept.join('');
}
