// What createApp needs from outside: the database, the clock and the id generator (side effects at the edges).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, ScryptCost } from '@bmrts/db';
import type { Lang, Principal } from '@bmrts/shared';

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
  /** scrypt cost for new password hashes (tests pass a cheap one). */
  passwordCost?: ScryptCost | undefined;
  /** Folder of the built web app to serve; unset serves the API only. */
  webDist?: string | undefined;
}

export interface AppDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  config: AppConfig;
}

export interface Scope {
  allUnits: boolean;
  unitCodes: string[];
}

/** The signed-in person, as every route sees them. */
export interface Caller extends Principal {
  username: string;
  displayName: string;
  scope: Scope;
  sessionId: string;
}

export interface AppEnv {
  Variables: {
    lang: Lang;
    caller: Caller | null;
  };
}
