// Sessions: a random token in an HttpOnly cookie, only its SHA-256 in the database; idle sessions expire.
import { createHash, randomBytes } from 'node:crypto';
import { Unauthenticated, type Principal } from '@bmrts/shared';
import { hashPassword, verifyPassword, type UserRow } from '@bmrts/db';
import type { AppDeps, Caller } from '../deps';
import { scopeOf } from '../scope/scope';

export const SESSION_COOKIE = 'bmrts_session';
/** Refresh last_seen_at at most this often, so reading pages does not write on every call. */
const TOUCH_INTERVAL_MS = 60_000;

function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Verifying against a real hash when the user is unknown keeps the answer time the same either way.
let dummyHash: Promise<string> | null = null;

export async function signIn(deps: AppDeps, username: string, password: string): Promise<{ token: string; user: UserRow }> {
  const user = await deps.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user || !user.active) {
    dummyHash ??= hashPassword('dummy-password', deps.config.passwordCost);
    await verifyPassword(password, await dummyHash);
    throw new Unauthenticated('invalid_credentials');
  }
  if (!(await verifyPassword(password, user.password_hash))) throw new Unauthenticated('invalid_credentials');
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await deps.db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      user_id: user.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString(),
      reauthenticated_at: now.toISOString(),
    })
    .execute();
  return { token, user };
}

export async function signOut(deps: AppDeps, token: string): Promise<void> {
  await deps.db.deleteFrom('sessions').where('id', '=', sessionIdOf(token)).execute();
}

export function principalOf(user: UserRow): Principal {
  return { id: user.id, level: user.level, unitCode: user.unit_code, isAdmin: user.is_admin === 1 };
}

/** The caller behind a session token, or null when the token is unknown, expired or the user deactivated. */
export async function callerOf(deps: AppDeps, token: string): Promise<Caller | null> {
  const id = sessionIdOf(token);
  const now = deps.clock.now();
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at', 'sessions.expires_at'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || !row.active || row.expires_at <= now.toISOString()) return null;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await deps.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: new Date(now.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const { last_seen_at: _seen, expires_at: _expires, ...user } = row;
  return { ...principalOf(user), username: user.username, displayName: user.display_name, scope: await scopeOf(deps.db, user), sessionId: id };
}
