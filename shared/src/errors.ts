// The domain's error vocabulary; the server maps each to one HTTP status in a single handler.
import type { AppointmentRefusal } from './acting/appointment-rules';
import { APPOINTER_REFUSALS } from './acting/appointment-rules';
import type { RefusalReason } from './machine/decide';
import type { LineReferenceRule } from './budget/line-reference-rules';

export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'version_conflict'
  | 'already_submitted'
  | 'immutable_field'
  | 'reauth_required'
  | 'sign_in_throttled'
  | 'sign_in_locked'
  | 'sign_in_address_limited'
  | 'sign_in_busy'
  | 'already_decided_by_you'
  | 'own_unit_request'
  | 'username_taken'
  | 'already_exists'
  | 'invalid_reference'
  | 'invalid_assignment'
  | 'cannot_deactivate_self'
  | 'invalid_appointment'
  | 'cross_site_request'
  | 'body_too_large'
  | 'shutting_down'
  | 'attachment_too_large'
  | 'attachment_empty'
  | 'attachment_type_not_allowed'
  | 'attachment_name_not_allowed'
  | 'attachment_not_a_spreadsheet'
  | 'attachment_has_macros'
  | 'survey_not_open'
  | 'survey_closed'
  | 'survey_frozen'
  | 'survey_has_responses'
  | 'import_file_type'
  | 'import_csv_unreadable'
  | 'import_too_large'
  | 'import_unpacks_too_large'
  | 'import_too_many_rows'
  | 'import_mapping_incomplete'
  | 'import_nothing_accepted'
  | 'delivery_not_failed'
  | 'budget_insufficient'
  | 'budget_line_unusable'
  | 'internal_error'
  | RefusalReason
  | AppointmentRefusal;

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export class ValidationFailed extends DomainError {
  constructor(readonly issues: ValidationIssue[]) {
    super('validation_failed', 400);
  }
}
export class Unauthenticated extends DomainError {
  constructor(code: 'unauthenticated' | 'invalid_credentials' | 'reauth_required' = 'unauthenticated') {
    super(code, 401);
  }
}
export class Forbidden extends DomainError {
  constructor() {
    super('forbidden', 403);
  }
}
export class NotFound extends DomainError {
  constructor() {
    super('not_found', 404);
  }
}
export class Conflict extends DomainError {
  constructor(code: 'version_conflict' = 'version_conflict', details?: Record<string, unknown>) {
    super(code, 409, details);
  }
}
/**
 * A sign-in refused before its password is checked, to be tried again after `retryAfterSeconds`: too many failures
 * for the username (throttled, then locked) or from the address (429), or too many checks waiting already (503).
 */
export class TooManyAttempts extends DomainError {
  constructor(
    code: 'sign_in_throttled' | 'sign_in_locked' | 'sign_in_address_limited' | 'sign_in_busy',
    readonly retryAfterSeconds: number,
  ) {
    super(code, code === 'sign_in_busy' ? 503 : 429, { retryAfterSeconds });
  }
}

export class InvalidTransition extends DomainError {
  constructor(reason: RefusalReason, details?: Record<string, unknown>) {
    super(reason, 422, details);
  }
}

export type AttachmentRefusalCode =
  | 'attachment_too_large'
  | 'attachment_empty'
  | 'attachment_type_not_allowed'
  | 'attachment_name_not_allowed'
  | 'attachment_not_a_spreadsheet'
  | 'attachment_has_macros';

/**
 * An attachment over the size limit (413), empty (400), or not kept (415): of a kind we do not keep, under a program's
 * or a page's name, named a spreadsheet without holding one, or a workbook with macros. `fileName` is set where one
 * call carries several files (a draft created with its documents), so the answer can say which file was refused.
 */
export class AttachmentRefused extends DomainError {
  constructor(
    readonly refusal: AttachmentRefusalCode,
    readonly fileName?: string,
  ) {
    super(refusal, refusal === 'attachment_too_large' ? 413 : refusal === 'attachment_empty' ? 400 : 415);
  }

  /** The same refusal, naming the file it was about. */
  forFile(fileName: string): AttachmentRefused {
    return new AttachmentRefused(this.refusal, fileName);
  }
}

/**
 * A survey round that does not take this now: answers before it opens or after it closes (422), a change to a
 * questionnaire that is already being answered (409), removing a round that has answers (409).
 */
export class SurveyRefused extends DomainError {
  constructor(code: 'survey_not_open' | 'survey_closed' | 'survey_frozen' | 'survey_has_responses') {
    super(code, code === 'survey_not_open' || code === 'survey_closed' ? 422 : 409);
  }
}

/** An acting appointment the rules forbid: the appointer lacks authority (403), or the people do not fit (422). */
export class AppointmentRefused extends DomainError {
  constructor(reason: AppointmentRefusal) {
    super(reason, APPOINTER_REFUSALS.includes(reason) ? 403 : 422);
  }
}

/** A line an approval would take below zero: what it has, what the request asks of it. */
export interface ShortLine {
  code: string;
  item: string;
  remainingSatang: number;
  requestedSatang: number;
}

/**
 * The approval that makes a request final would leave a budget line below zero (422): nothing is written. The message
 * names each short line with what is left and what was asked (messages.ts, budgetShortMessage).
 */
export class BudgetShort extends DomainError {
  constructor(readonly lines: ShortLine[]) {
    super('budget_insufficient', 422, { lines });
  }
}

/** A request names a budget line that does not fit where it is named (400): which field, and which rule. */
export class LineReferencesRefused extends DomainError {
  constructor(readonly problems: { path: (string | number)[]; rule: LineReferenceRule }[]) {
    super('validation_failed', 400);
  }
}
