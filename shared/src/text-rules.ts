// The rules of stored text, without zod: what may be in it and the one form it is kept in (schemas/text.ts builds the
// API's text schema on them). Apart from the schema so a screen that only counts characters as the server does (the
// length counter, web/src/lib/field.tsx) does not bring zod into its page.

/** The message key of the refusal; messages.ts words it for a clerk. */
export const TEXT_RULE = 'text_unreadable';

/**
 * What no stored text may hold: control characters (C0, DEL, C1) other than tab, line feed and carriage return, and
 * lone UTF-16 surrogates (with the u flag a range of surrogates matches only those not in a pair). A lone surrogate
 * cannot be written as UTF-8, so the database would keep U+FFFD instead and the history's hash would no longer
 * match; PostgreSQL refuses U+0000 outright; the other controls are invisible and only ever pasted by accident.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job (see above)
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * The form text is kept in: composed (NFC), so "e" + combining acute and "é" are one string, then trimmed. Line breaks
 * are kept as sent (a CR of pasted Windows text included): they store and hash the same on either database.
 */
export function storedText(text: string): string {
  return text.normalize('NFC').trim();
}
