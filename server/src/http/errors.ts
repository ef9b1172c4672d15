// One error vocabulary, mapped once: domain errors become { error: { code, message } } in the caller's language.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AttachmentRefused,
  BudgetShort,
  LINE_REFERENCE_RULES,
  LineReferencesRefused,
  budgetShortMessage,
  DomainError,
  RULE_MESSAGES,
  TEXT_RULE,
  TooManyAttempts,
  ValidationFailed,
  describeIssues,
  errorMessage,
  fileRefusalMessage,
} from '@bmrts/shared';
import type { Lang } from '@bmrts/shared';
import { isUniqueViolation, isUnstorableText } from '@bmrts/db';
import type { core } from 'zod';
import type { AppEnv } from '../deps';
import type { Logger } from './logger';

export function errorBody(code: Parameters<typeof errorMessage>[0], lang: Lang, issues?: ValidationFailed['issues']) {
  return { error: { code, message: errorMessage(code, lang), ...(issues ? { issues } : {}) } };
}

/** Maps an error to its answer; an unexpected one is logged (with the request id) to `logger`, or to stderr without one. */
export function handleError(err: Error, c: Context<AppEnv>, logger?: Logger): Response {
  const lang = c.get('lang') ?? 'th';
  if (err instanceof ValidationFailed) return c.json(errorBody('validation_failed', lang, err.issues), 400);
  if (err instanceof TooManyAttempts) c.header('retry-after', String(err.retryAfterSeconds));
  if (err instanceof AttachmentRefused && err.fileName !== undefined) {
    // One of several files sent together: the message says which, as the person chose it.
    const message = fileRefusalMessage(err.code, err.fileName, lang);
    return c.json({ error: { code: err.code, message } }, err.status as ContentfulStatusCode);
  }
  if (err instanceof LineReferencesRefused) {
    const issues = err.problems.map((p) => ({ path: p.path, message: LINE_REFERENCE_RULES[p.rule][lang] }));
    return c.json(errorBody('validation_failed', lang, issues), 400);
  }
  if (err instanceof BudgetShort) {
    // Which line, what it has left, what was asked: the approver's next step depends on it.
    return c.json({ error: { code: err.code, message: budgetShortMessage(err.lines, lang), lines: err.lines } }, 422);
  }
  if (err instanceof DomainError) return c.json(errorBody(err.code, lang), err.status as ContentfulStatusCode);
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (malformed JSON body and the like): say the data is not valid.
    return c.json(errorBody('validation_failed', lang, [{ path: [], message: err.message }]), err.status as ContentfulStatusCode);
  }
  // Database refusals that mean the input, not the server, was at fault; the same answer on either engine. Text
  // fields refuse such characters before this (boundedText); this catches any other string that reaches a query.
  if (isUnstorableText(err))
    return c.json(errorBody('validation_failed', lang, [{ path: [], message: RULE_MESSAGES[TEXT_RULE][lang] }]), 400);
  // Two requests raced to create the same thing (checked first, inserted second): the loser hears what it would have a moment later.
  if (isUniqueViolation(err)) return c.json(errorBody('already_exists', lang), 409);
  if (logger) logger.error({ reqId: c.get('requestId'), method: c.req.method, path: c.req.path, err }, 'unhandled error');
  else console.error('unhandled error', c.req.method, c.req.path, err);
  return c.json(errorBody('internal_error', lang), 500);
}

/** The zod-openapi hook: a failed validation throws, so every refusal goes through handleError. */
export function validationHook(result: { success: boolean; error?: { issues: readonly core.$ZodIssue[] } }, c: Context<AppEnv>): void {
  if (!result.success && result.error) {
    throw new ValidationFailed(describeIssues(result.error.issues, c.get('lang') ?? 'th'));
  }
}
