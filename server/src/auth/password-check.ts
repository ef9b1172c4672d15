// Checking a password (sign-in and re-authentication) under every limit, cheapest refusal first: the client
// address's window (memory), the line of checks (memory), the username's count (one database statement), and only
// then the costly key derivation.
import { hashPassword, verifyPassword, type ScryptCost, type UserRow } from '@bmrts/db';
import { Unauthenticated } from '@bmrts/shared';
import type { AppDeps } from '../deps';
import { addressLimits, type AddressLimits } from './address-limits';
import { passwordCheckLine, type PasswordCheckLine, type PlaceInLine } from './password-check-line';
import { forgetFailuresUpTo, reserveSignInAttempt, takeBackUncheckedAttempt } from './sign-in-limits';

/** The limits one server keeps in memory; one per app. */
export interface SignInGuard {
  addresses: AddressLimits;
  line: PasswordCheckLine;
}

export function signInGuard(deps: Pick<AppDeps, 'clock' | 'config'>): SignInGuard {
  return { addresses: addressLimits(deps.clock, deps.config.signInAddressFailures), line: passwordCheckLine() };
}

export interface PasswordAttempt {
  username: string;
  password: string;
  /** The client's address key (see clientAddress). */
  address: string;
}

// Verifying against a real hash of the same cost when the user is unknown keeps the answer time the same either way.
const dummyHashes = new Map<string, Promise<string>>();

async function verifyDummy(cost: ScryptCost | undefined, password: string): Promise<false> {
  const key = cost ? `${cost.N}:${cost.r}:${cost.p}` : 'recommended';
  const dummy = dummyHashes.get(key) ?? hashPassword('dummy-password', cost);
  dummyHashes.set(key, dummy);
  await verifyPassword(password, await dummy);
  return false;
}

/** Checks a password under the sign-in limits; the same answer, at the same cost, whether the user is unknown or the password wrong. */
export async function checkPassword(deps: AppDeps, guard: SignInGuard, attempt: PasswordAttempt): Promise<UserRow> {
  const fromAddress = guard.addresses.attempt(attempt.address);
  try {
    const place = guard.line.join(fromAddress.clean ? 'first' : 'later', attempt.address);
    try {
      const user = await checkInTurn(deps, place, attempt);
      if (!user) {
        fromAddress.failed();
        throw new Unauthenticated('invalid_credentials');
      }
      return user;
    } finally {
      place.leave();
    }
  } finally {
    // A right password, or a refusal before the check, does not count against the address.
    fromAddress.withdrawn();
  }
}

/** Counts the attempt against the username, then checks it in its turn: the user when the password is right. */
async function checkInTurn(deps: AppDeps, place: PlaceInLine, attempt: PasswordAttempt): Promise<UserRow | null> {
  const reservation = await reserveSignInAttempt(deps.db, attempt.username, deps.clock.now());
  let checked = false;
  try {
    const user = await deps.db.selectFrom('users').selectAll().where('username', '=', attempt.username).executeTakeFirst();
    const valid = await place.check(() => {
      checked = true;
      return user?.active ? verifyPassword(attempt.password, user.password_hash) : verifyDummy(deps.config.passwordCost, attempt.password);
    });
    if (!valid || !user?.active) return null;
    await forgetFailuresUpTo(deps.db, reservation);
    return user;
  } catch (error) {
    if (!checked) await takeBackUncheckedAttempt(deps.db, reservation);
    throw error;
  }
}
