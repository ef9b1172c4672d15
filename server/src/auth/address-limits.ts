// Failed sign-ins per client address: one machine guessing passwords for many usernames is stopped after a few
// dozen, however the guesses are spread over usernames. Kept in this server's memory: it guards this server's
// password checks, and a restart forgetting it loses at most one window.
import { TooManyAttempts } from '@bmrts/shared';
import { MAX_CONCURRENT_DERIVATIONS } from '@bmrts/db';
import type { Clock } from '../deps';

/** Failed (or still unchecked) sign-ins one address may have in the window before it must wait (the default of SIGN_IN_ADDRESS_FAILURES). */
export const ADDRESS_FAILURE_LIMIT = 20;
export const ADDRESS_WINDOW_MINUTES = 15;
/** Addresses remembered at most; past this the quietest are forgotten first, so a spread of addresses cannot fill memory. */
const MAX_ADDRESSES = 50_000;

interface AddressRecord {
  /** When each failure of the window was known, oldest first. */
  failures: number[];
  /** Attempts counted and still being checked: failures until they prove otherwise. */
  checking: number;
}

/** One attempt counted against its address; settle it exactly once. */
export interface AddressAttempt {
  /** Whether the address had nothing against it when this attempt came: such attempts are checked first. */
  clean: boolean;
  /** The password was wrong: the attempt stays counted for the window. */
  failed(): void;
  /** The password was right, or the attempt was refused before its check: it does not count. */
  withdrawn(): void;
}

export interface AddressLimits {
  /** Counts an attempt from this address, or refuses it (429) when the address has used up its window. */
  attempt(address: string): AddressAttempt;
}

/** Where the limit is turned off (0): every attempt is clean and nothing is counted. */
const UNLIMITED: AddressLimits = { attempt: () => ({ clean: true, failed: () => {}, withdrawn: () => {} }) };

/** `limit` failures per address and window; 0 turns the limit off (an office whose people all sign in through one NAT address may want that). */
export function addressLimits(clock: Clock, limit: number = ADDRESS_FAILURE_LIMIT): AddressLimits {
  if (limit <= 0) return UNLIMITED;
  const records = new Map<string, AddressRecord>();
  const windowMs = ADDRESS_WINDOW_MINUTES * 60_000;

  function current(address: string, now: number): AddressRecord {
    const record = records.get(address) ?? { failures: [], checking: 0 };
    while (record.failures.length > 0 && (record.failures[0] ?? now) <= now - windowMs) record.failures.shift();
    // Re-inserted, so the map's order runs from the least to the most recently active address.
    records.delete(address);
    records.set(address, record);
    return record;
  }

  function forgetQuietest(): void {
    for (const [address, record] of records) {
      if (records.size <= MAX_ADDRESSES) return;
      if (record.checking === 0) records.delete(address);
    }
  }

  return {
    attempt(address) {
      const now = clock.now().getTime();
      const record = current(address, now);
      const counted = record.failures.length + record.checking;
      if (counted >= limit) {
        // Only attempts still being checked fill the window: they are settled within seconds.
        const oldest = record.failures[0];
        const seconds = oldest === undefined ? 1 : Math.ceil((oldest + windowMs - now) / 1000);
        throw new TooManyAttempts('sign_in_address_limited', Math.max(1, seconds));
      }
      record.checking++;
      if (records.size > MAX_ADDRESSES) forgetQuietest();
      let settled = false;
      const settle = (failed: boolean) => {
        if (settled) return;
        settled = true;
        record.checking--;
        if (failed) record.failures.push(clock.now().getTime());
        if (record.checking === 0 && record.failures.length === 0) records.delete(address);
      };
      // Clean: no failure in the window, and no more checks in flight than run at once. Several people behind one
      // office NAT address signing in together are not suspects; a burst of guesses from one machine soon is.
      const clean = record.failures.length === 0 && record.checking <= MAX_CONCURRENT_DERIVATIONS;
      return { clean, failed: () => settle(true), withdrawn: () => settle(false) };
    },
  };
}
