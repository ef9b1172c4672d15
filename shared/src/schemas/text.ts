// The one rule for text people send: what may be in it and the one form it is kept in, so the string the history
// hashes is the string the database stores and reads back, on SQLite and PostgreSQL alike.
import { z } from 'zod';
import { TEXT_RULE, isStorableText, storedText } from '../text-rules';

export { TEXT_RULE, isStorableText, storedText } from '../text-rules';

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
