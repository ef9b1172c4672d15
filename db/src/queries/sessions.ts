// The session behind a cookie, with its user: read on every API call.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { precompiled } from '../precompiled';

const sessionWithUserById = precompiled((db, p: { sessionId: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.last_seen_at', 'sessions.expires_at', 'sessions.reauthenticated_at'])
    .where('sessions.id', '=', p.sessionId),
);

/** The user of a session and the session's times, or undefined for an unknown session (expiry is the caller's to judge). */
export function sessionWithUser(db: Kysely<Database>, sessionId: string) {
  return sessionWithUserById.executeTakeFirst(db, { sessionId });
}
