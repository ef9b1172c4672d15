// What createApp needs from outside: the database, the clock and the id generator (side effects at the edges).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, ScryptCost } from '@bmrts/db';
import type { Lang, Principal } from '@bmrts/shared';
import type { DecisionBatcher } from './requests/decision-batcher';
import type { EmailSettings } from './outbox/email-settings';
import type { Logger } from './http/logger';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface IdGenerator {
  newId(): string;
}
export const uuidIds: IdGenerator = { newId: () => randomUUID() };

export interface AppConfig {
  /** Idle minutes after which a session ends. */
  sessionIdleMinutes: number;
  /** Send the session cookie only over HTTPS. */
  secureCookies: boolean;
  /** Reverse proxies in front that append the client's address to X-Forwarded-For (default 0: trust no such header). */
  trustProxyHops?: number | undefined;
  /** Failed sign-ins one client address may have in 15 minutes (default 20); 0 turns the per-address limit off. */
  signInAddressFailures?: number | undefined;
  /** scrypt cost for new password hashes (tests pass a cheap one). */
  passwordCost?: ScryptCost | undefined;
  /** Whether a reviewer may appoint someone to act for themselves (administrators always may). */
  holdersMayAppoint: boolean;
  /** The JSON-lines log of unexpected errors, and of every API call when `logRequests`; unset logs nothing (tests). */
  logger?: Logger | undefined;
  /** One log line per API call (LOG_REQUESTS); errors are logged either way. */
  logRequests?: boolean | undefined;
  /** Folder of the built web app to serve; unset serves the API only. */
  webDist?: string | undefined;
  /** Minutes between runs of the reminder scheduler (default 2), by which administrators judge whether it is late. */
  schedulerIntervalMinutes?: number | undefined;
  /** SMTP and links for email notifications; unset sends no email (and queues none). */
  email?: EmailSettings | undefined;
  /** How long one webhook attempt may take (default 10 s). */
  webhookTimeoutMs?: number | undefined;
  /** Days sent and skipped outbox messages are kept (default 90). */
  outboxRetentionDays?: number | undefined;
}

export interface AppDeps {
  db: Kysely<Database>;
  /**
   * Reads outside any transaction (the caller's session and scope, pages, lists, the inbox); defaults to `db`.
   * See DatabaseHandle.reader. On SQLite these do not queue behind a batch of decisions holding the writer.
   */
  reader?: Kysely<Database> | undefined;
  clock: Clock;
  ids: IdGenerator;
  config: AppConfig;
  /** Group commit for workflow decisions; createApp supplies one when unset (tests pass their own to watch it). */
  decisions?: DecisionBatcher | undefined;
}

export interface Scope {
  allUnits: boolean;
  unitCodes: string[];
}

export interface PersonRef {
  id: string;
  displayName: string;
}

/**
 * One way the caller may act: their own position, or one they hold through a running acting appointment
 * (for a person: that person's level and scope; for a level 5–8: that level over every unit).
 */
export interface Capacity {
  level: number;
  scope: Scope;
  onBehalfOf: PersonRef | null;
  appointmentId: string | null;
  endsAt: string | null;
}

/** The signed-in person, as every route sees them. */
export interface Caller extends Principal {
  username: string;
  displayName: string;
  /** Every unit the caller may see: their own scope and those of the capacities they act in. */
  scope: Scope;
  /** Their own position first (if they have a level), then acting capacities. */
  capacities: Capacity[];
  sessionId: string;
  /** When the password was last entered in this session (sign-in or re-authentication). */
  reauthenticatedAt: string;
}

export interface AppEnv {
  Variables: {
    lang: Lang;
    caller: Caller | null;
    /** Sent back as X-Request-Id and written in the log line, so a user's report can be found in the log. */
    requestId: string;
  };
}

/** The connection for reads that need no transaction: they see every commit that returned before they start. */
export function readerOf(deps: Pick<AppDeps, 'db' | 'reader'>): Kysely<Database> {
  return deps.reader ?? deps.db;
}
