// The refusals particular to administration, each a typed domain error the one error handler maps to HTTP.
import { DomainError } from '@bmrts/shared';

export class UsernameTaken extends DomainError {
  constructor() {
    super('username_taken', 409);
  }
}

/** A unit code or holiday date that is already there. */
export class AlreadyExists extends DomainError {
  constructor() {
    super('already_exists', 409);
  }
}

/** A unit, section, division or user named in the body that does not exist or may not be used. */
export class InvalidReference extends DomainError {
  constructor(details?: Record<string, unknown>) {
    super('invalid_reference', 400, details);
  }
}

/** The user's level and their unit, section, division, portfolio or assigned units do not fit together. */
export class InvalidAssignment extends DomainError {
  constructor() {
    super('invalid_assignment', 400);
  }
}

/** Locking oneself out would leave the office without the administrator who just acted. */
export class CannotDeactivateSelf extends DomainError {
  constructor() {
    super('cannot_deactivate_self', 422);
  }
}
