// Sessions: a random token in an HttpOnly cookie, only its SHA-256 in the database; idle sessions expire.
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '@bmrts/shared';
import { sessionWithUser, type UserRow } from '@bmrts/db';
import type { AppDeps, Caller } from '../deps';
import { capacitiesOf, visibleScope } from '../acting/capacities';
import { checkPassword, type PasswordAttempt, type SignInGuard } from './password-check';

export const SESSION_COOKIE = 'bmrts_session';
/** Refresh last_seen_at at most this often, so reading pages does not write on every call. */
const TOUCH_INTERVAL_MS = 60_000;

function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function signIn(deps: AppDeps, guard: SignInGuard, attempt: PasswordAttempt): Promise<{ token: string; user: UserRow }> {
  const user = await checkPassword(deps, guard, attempt);
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

/** Enters the password again in this session, as decisions at levels 5–8 require. */
export async function reauthenticate(
  deps: AppDeps,
  guard: SignInGuard,
  caller: Caller,
  attempt: Omit<PasswordAttempt, 'username'>,
): Promise<void> {
  await checkPassword(deps, guard, { ...attempt, username: caller.username });
  await deps.db
    .updateTable('sessions')
    .set({ reauthenticated_at: deps.clock.now().toISOString() })
    .where('id', '=', caller.sessionId)
    .execute();
}

export async function signOut(deps: AppDeps, token: string): Promise<void> {
  await deps.db.deleteFrom('sessions').where('id', '=', sessionIdOf(token)).execute();
}

/** Ends every session of a user: sign-out everywhere, deactivation, a password reset. */
export async function endAllSessions(deps: AppDeps, userId: string): Promise<void> {
  await deps.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function principalOf(user: UserRow): Principal {
  return { id: user.id, level: user.level, unitCode: user.unit_code, isAdmin: user.is_admin === 1 };
}

/** The caller behind a session token, or null when the token is unknown, expired or the user deactivated. */
export async function callerOf(deps: AppDeps, token: string): Promise<Caller | null> {
  const id = sessionIdOf(token);
  const now = deps.clock.now();
  const reader = deps.reader ?? deps.db;
  const row = await sessionWithUser(reader, id);
  if (!row || !row.active || row.expires_at <= now.toISOString()) return null;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await deps.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: new Date(now.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const { last_seen_at: _seen, expires_at: _expires, reauthenticated_at: reauthenticatedAt, ...user } = row;
  const capacities = await capacitiesOf(reader, user, now.toISOString(), deps.config.holdersMayAppoint);
  return {
    ...principalOf(user),
    username: user.username,
    displayName: user.display_name,
    scope: visibleScope(user, capacities),
    capacities,
    sessionId: id,
    reauthenticatedAt,
  };
}
