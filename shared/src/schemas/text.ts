// The one rule for text people send: what may be in it and the one form it is kept in, so the string the history
// hashes is the string the database stores and reads back, on SQLite and PostgreSQL alike.
import { z } from 'zod';

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

/**
 * Every text field of the API: kept as storedText, refused (400, TEXT_RULE) when that holds what cannot be stored,
 * and held to [min, max] characters (code points). The check reads the stored form, so a form feed trimmed off the end
 * is no reason to refuse, as it is not for a cell of an imported sheet. Passwords are not text: they are hashed as typed.
 */
export const boundedText = (min: number, max: number) =>
  z
    .string()
    // An overwrite, not a transform: the schema stays a string with its bounds in the API description.
    .overwrite(storedText)
    // abort: a refused string is not also measured, so the caller hears one reason.
    .refine(isStorableText, { message: TEXT_RULE, abort: true })
    .min(min)
    .max(max);
